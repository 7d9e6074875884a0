// One bot process as `npm start` runs it (the esbuild bundle in build/, with package.json's node flags),
// on the fast clock (fast-clock.mjs), for the several-instances test. It listens on a port of its own
// choosing (PORT=0) and reports it in its `app.listening` log line.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { NODE_FLAGS } from "../../bench/spawn-server.ts";

const REPO = join(import.meta.dirname, "../..");
const FAST_CLOCK = join(import.meta.dirname, "fast-clock.mjs");
const STARTUP_LIMIT_MS = 30_000;

export interface BotProcess {
  name: string;
  baseUrl: string;
  /** Everything the process wrote, as it came. */
  readonly output: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
  /** The JSON log lines with this event. */
  events(event: string): Record<string, unknown>[];
}

/** Bundles the bot as `npm start` does (scripts/build.mjs --if-changed into build/). */
export function buildBot(): void {
  execFileSync(process.execPath, [join(REPO, "scripts", "build.mjs"), "--if-changed"], {
    cwd: REPO,
    stdio: "inherit",
  });
}

/** The parent's environment without anything that would reach a real platform or another store. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(SLACK_|MICROSOFT_|TEAMS|MONGODB_|ROUND_FILE|CHECKLIST_DIR|HOST$|SCHEDULER$|PLAYGROUND$)/.test(name)
    )
      delete env[name];
  }
  return env;
}

export async function startBot(name: string, env: Record<string, string>): Promise<BotProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...NODE_FLAGS, "--import", FAST_CLOCK, join(REPO, "build", "src", "main.js")],
    {
      cwd: REPO,
      env: { ...cleanEnvironment(), NODE_ENV: "development", LOG_LEVEL: "info", PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const events = (event: string) =>
    output
      .join("")
      .split("\n")
      .flatMap((line) => {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          return parsed.event === event ? [parsed] : [];
        } catch {
          return [];
        }
      });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not listen within ${STARTUP_LIMIT_MS} ms:\n${output.join("")}`)),
      STARTUP_LIMIT_MS,
    );
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const listening = events("app.listening")[0];
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening.port));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before listening:\n${output.join("")}`));
    });
  });
  return {
    name,
    baseUrl: `http://127.0.0.1:${port}`,
    output,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    events,
  };
}
