// Cold start: from spawn to the first 200 from /healthz on a fresh data directory, for the bot run as
// `node build/src/main.js` (the bundle `npm start` runs, built once before) and as `npm start` (which
// first checks that the bundle is current: scripts/build.mjs --if-changed), against a bare `node -e` HTTP
// server; idle RSS after.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { busiestProfile, type ProfileReport, summariseProfile } from "./cpu-profile.ts";
import { judge, type Measure, median, withRatio } from "./measure.ts";
import { NODE_FLAGS, OUT_DIR, SERVER_CORE } from "./spawn-server.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const RUNS = 5;
const START_LIMIT_MS = 2_000;
const IDLE_RSS_LIMIT_MB = 150;
const SETTLE_MS = 1_000;
const BARE_SERVER =
  "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')";

interface Started {
  ms: number;
  rssMb: number;
}

type Command = { name: string; args: (nodeArgs: string[]) => string[]; path: string; rss: boolean };

const BOT: Command = {
  name: `${["node", ...NODE_FLAGS, "build/src/main.js"].join(" ")} (as npm start, after its bundling)`,
  args: (nodeArgs) => [process.execPath, ...nodeArgs, ...NODE_FLAGS, "build/src/main.js"],
  path: "/healthz",
  rss: true,
};
const NPM_START: Command = {
  name: "npm start",
  args: () => ["npm", "start", "--silent"],
  path: "/healthz",
  rss: true,
};
const BARE: Command = {
  name: "bare node -e server",
  args: () => [process.execPath, "-e", BARE_SERVER],
  path: "/",
  rss: true,
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

async function answers(port: number, path: string): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(500) });
    await res.text();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** The bot's own process under `pid` (npm → sh → node build/src/main.js), or `pid` itself. */
function botProcess(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const under = (p: number): boolean =>
    p === pid || (parents.has(p) && p !== 1 && under(parents.get(p) ?? 1));
  for (const candidate of parents.keys()) {
    if (!under(candidate)) continue;
    try {
      if (readFileSync(`/proc/${candidate}/cmdline`, "utf8").includes("build/src/main.js")) return candidate;
    } catch {
      // Gone meanwhile.
    }
  }
  return pid;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.replace(/\D+/g, "") ?? Number.NaN) / 1024;
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

/** One start: spawned in its own process group (npm starts children of its own), pinned to the server core. */
export async function startOnce(command: Command, extraNodeArgs: string[] = []): Promise<Started> {
  const port = await freePort();
  const dataDir = join(OUT_DIR, `cold-${process.pid}-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = {
    ...process.env,
    NODE_ENV: "development",
    PORT: String(port),
    DATA_DIR: dataDir,
    // Nothing may reach a Microsoft host, whatever a fresh start sends.
    TEAMS_SERVICE_URL: "http://127.0.0.1:9/",
  };
  const [program, ...args] = command.args(extraNodeArgs);
  const started = performance.now();
  const child = spawn("taskset", ["-c", SERVER_CORE, program ?? "node", ...args], {
    cwd: REPO,
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    while (!(await answers(port, command.path))) {
      if (child.exitCode !== null) throw new Error(`${command.name} exited with ${child.exitCode}`);
      if (performance.now() - started > 30_000) throw new Error(`${command.name} did not answer in 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { ms, rssMb: command.rss && child.pid ? rssMb(botProcess(child.pid)) : Number.NaN };
  } finally {
    const exited = stopped(child);
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface ColdStart {
  measures: Measure[];
  profiles: ProfileReport[];
}

export async function benchColdStart(): Promise<ColdStart> {
  const runs = new Map<Command, Started[]>([
    [BARE, []],
    [BOT, []],
    [NPM_START, []],
  ]);
  await startOnce(NPM_START); // bundles if a source changed, and fills the OS file cache, as any second start would find them
  for (let i = 0; i < RUNS; i++) for (const [command, list] of runs) list.push(await startOnce(command));
  const bare = runs.get(BARE) ?? [];
  const bareMs = median(bare.map((r) => r.ms));
  const measures: Measure[] = [];
  for (const command of [BOT, NPM_START]) {
    const list = runs.get(command) ?? [];
    measures.push(
      judge(
        withRatio({
          section: "start",
          name: `cold start to /healthz 200: ${command.name} (median of ${RUNS})`,
          unit: "ms",
          value: median(list.map((r) => r.ms)),
          bare: bareMs,
          target: { text: `< ${START_LIMIT_MS} ms`, of: "value", below: START_LIMIT_MS },
          note: `slowest ${Math.max(...list.map((r) => r.ms)).toFixed(0)} ms`,
        }),
      ),
    );
  }
  for (const command of [BOT, NPM_START])
    measures.push(
      judge(
        withRatio({
          section: "start",
          name: `idle RSS ${SETTLE_MS / 1000} s after start: ${command.name} (median; the bot's own process)`,
          unit: "MB",
          value: median((runs.get(command) ?? []).map((r) => r.rssMb)),
          bare: median(bare.map((r) => r.rssMb)),
          target: { text: `< ${IDLE_RSS_LIMIT_MB} MB`, of: "value", below: IDLE_RSS_LIMIT_MB },
        }),
      ),
    );
  const profiles: ProfileReport[] = [];
  if (measures.some((m) => m.met === false)) profiles.push(await profileStart());
  return { measures, profiles };
}

/** A CPU profile of one start, written when main.ts exits on SIGTERM. */
async function profileStart(): Promise<ProfileReport> {
  const dir = join(OUT_DIR, "profiles", "cold-start");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await startOnce(BOT, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  return {
    ...summariseProfile(busiestProfile(dir)),
    title: `cold start: ${BOT.name} (start, 1 s idle, stop)`,
  };
}
