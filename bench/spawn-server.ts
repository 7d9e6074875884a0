// Runner side of a bench server: a child process pinned to core 0 (`taskset -c 0`), so that the server's
// garbage collector and botbuilder/Bolt work never borrow the load generator's core.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Answer, Question } from "./servers/child-protocol.ts";

export const OUT_DIR = join(import.meta.dirname, "out");
export const SERVER_CORE = "0";
export const LOAD_CORE = "1";

export interface ServerChild {
  name: string;
  port: number;
  pid: number;
  note?: string | undefined;
  storedVersions(): Promise<number>;
  memory(): Promise<{ rss: number; heapUsed: number }>;
  /** CPU time the child has used, in ms. */
  cpuMs(): Promise<number>;
  /** One reminder tick at `at` in the child (whole stack): what it sent and failed, and how long it took. */
  tick(at: Date): Promise<{ sent: number; failed: number; wallMs: number }>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** The child's entry, relative to bench/servers/. */
  entry: string;
  env: Record<string, string>;
  /** Writes CPU profiles into this directory when the child stops. */
  cpuProfileDir?: string | undefined;
}

const REPO = join(import.meta.dirname, "..");
/** Where scripts/build.mjs --bench bundles the servers. */
export const BUILD_DIR = join(REPO, "bench", "out", "build");

/**
 * The node flags `npm start` runs the bot with, read from package.json's start script, so that the
 * benchmark measures what a user runs. Bare and whole-stack servers run with the same.
 * BENCH_SEMI=2 (MB) tries another young-generation size on every server, to weigh throughput
 * against idle memory (the `npm start` row of the cold start runs package.json's script as it is).
 */
export const NODE_FLAGS = startFlags();

function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const command = /exec node ((?:--\S+ )*)build\/src\/main\.js/.exec(manifest.scripts.start);
  if (!command)
    throw new Error(
      `package.json's start script no longer runs build/src/main.js: ${manifest.scripts.start}`,
    );
  const flags = (command[1] ?? "").trim().split(" ").filter(Boolean);
  // BENCH_NODE_FLAGS="--trace-gc" adds flags for looking into a run (not for measuring one).
  const extra = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const semi = process.env.BENCH_SEMI;
  if (!semi) return [...flags, ...extra];
  return [
    ...flags.filter((f) => !f.startsWith("--max-semi-space-size=")),
    `--max-semi-space-size=${semi}`,
    ...extra,
  ];
}

/** Bundles the bench servers (whole stack and bare) as `npm start` bundles the bot: only when a source changed. */
export function buildBundles(): void {
  execFileSync(process.execPath, [join(REPO, "scripts", "build.mjs"), "--bench", "--if-changed"], {
    stdio: "inherit",
  });
}

export async function spawnServer(options: SpawnOptions): Promise<ServerChild> {
  const logs = join(OUT_DIR, "logs");
  mkdirSync(logs, { recursive: true });
  const log = openSync(join(logs, `${options.name}.log`), "a");
  const profile = options.cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfileDir] : [];
  const args = [
    "-c",
    SERVER_CORE,
    process.execPath,
    ...profile,
    ...NODE_FLAGS,
    join(BUILD_DIR, "bench", "servers", options.entry.replace(/\.ts$/, ".js")),
  ];
  const child = spawn("taskset", args, {
    env: { ...process.env, NODE_ENV: "development", ...options.env },
    stdio: ["ignore", log, log, "ipc"],
  });
  const ready = await firstAnswer(child, options.name);
  return connect(child, options.name, ready);
}

function firstAnswer(child: ChildProcess, name: string): Promise<{ port: number; note?: string }> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited with ${code} before listening`));
    child.once("exit", onExit);
    child.once("message", (answer: Answer) => {
      child.off("exit", onExit);
      if (answer.type === "ready") resolve({ port: answer.port, note: answer.note });
      else if (answer.type === "failed") reject(new Error(`${name} failed to start: ${answer.error}`));
      else reject(new Error(`${name}: unexpected first message ${JSON.stringify(answer)}`));
    });
  });
}

function connect(child: ChildProcess, name: string, ready: { port: number; note?: string }): ServerChild {
  let nextId = 1;
  const waiting = new Map<number, (answer: Answer) => void>();
  child.on("message", (answer: Answer) => {
    if (!("id" in answer)) return;
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  const ask = (type: Question["type"], at?: Date) =>
    new Promise<Answer>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, resolve);
      const question: Question =
        type === "tick" ? { id, type, at: (at ?? new Date()).toISOString() } : { id, type };
      child.send(question, (error) => error && reject(error));
    });
  return {
    name,
    port: ready.port,
    pid: child.pid ?? 0,
    note: ready.note,
    storedVersions: async () => {
      const answer = await ask("count");
      return answer.type === "count" ? answer.versions : Number.NaN;
    },
    memory: async () => {
      const answer = await ask("memory");
      return answer.type === "memory" ? answer : { rss: Number.NaN, heapUsed: Number.NaN };
    },
    cpuMs: async () => {
      const answer = await ask("cpu");
      return answer.type === "cpu" ? answer.micros / 1000 : Number.NaN;
    },
    tick: async (at) => {
      const answer = await ask("tick", at);
      if (answer.type !== "tick") throw new Error(`${name}: no tick report`);
      return { sent: answer.sent, failed: answer.failed, wallMs: answer.wallMs };
    },
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await ask("stop");
      await exited;
    },
  };
}
