// Runner side of a bench server: a child process pinned to core 0 (`taskset -c 0`), so that the server's
// garbage collector and botbuilder/Bolt work never borrow the load generator's core.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
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
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** The child's entry, relative to bench/servers/. */
  entry: string;
  env: Record<string, string>;
  /** Writes CPU profiles into this directory when the child stops (one per thread: tsx's loader has its own). */
  cpuProfileDir?: string | undefined;
}

/**
 * The V8 settings `npm start` runs the bot with (package.json): a young generation of 2 MB instead of
 * 16, which keeps an idle bot's memory down. Bare and whole-stack servers run with the same.
 * BENCH_SEMI=8 (MB) tries another size on every server, to weigh throughput against idle memory.
 */
export const NODE_FLAGS = [`--max-semi-space-size=${process.env.BENCH_SEMI ?? 2}`];

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
    "--import",
    "tsx",
    join(import.meta.dirname, "servers", options.entry),
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
  const ask = (type: Question["type"]) =>
    new Promise<Answer>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ id, type } satisfies Question, (error) => error && reject(error));
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
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await ask("stop");
      await exited;
    },
  };
}
