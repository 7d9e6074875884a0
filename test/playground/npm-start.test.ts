// `npm start` on a fresh data directory: healthy and serving the playground within seconds, and a clean
// exit on SIGTERM, as a newcomer (or a process manager) would see it. `npm start` runs the esbuild
// bundle in build/, so this also checks that the bundle finds the files beside the code (the example
// round, the checklists, the playground's page and the Adaptive Cards renderer).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const STARTUP_LIMIT_MS = 15_000;

let child: ChildProcess | undefined;
let dataDir: string | undefined;

afterAll(() => {
  // npm starts a shell, which bundles (if a source changed) and then runs node: on a failed run, end the
  // whole process group.
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves /healthz and the playground on a fresh data dir, and exits cleanly on SIGTERM", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "modellbot-start-"));
    const port = await freePort();
    const output: string[] = [];
    child = spawn("npm", ["start", "--silent"], {
      cwd: REPO,
      env: { ...childEnvironment(), DATA_DIR: dataDir, PORT: String(port), PLAYGROUND: "on" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child?.once("exit", (code, signal) => resolve({ code, signal })),
    );

    const base = `http://127.0.0.1:${port}`;
    const health = await waitFor(() => fetch(`${base}/healthz`), STARTUP_LIMIT_MS, output);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ store: "ok" });
    const playground = await fetch(`${base}/`);
    expect(playground.status).toBe(200);
    expect(await playground.text()).toContain("/playground/assets/playground.js");
    const renderer = await fetch(`${base}/playground/assets/adaptivecards.js`);
    expect(renderer.status).toBe(200);
    expect((await renderer.text()).length).toBeGreaterThan(10_000);
    // The example round (examples/) is loaded, which needs its checklist (checklists/) to be found.
    const state = (await (await fetch(`${base}/playground/state`)).json()) as { rounds: { id: string }[] };
    expect(state.rounds.map((r) => r.id)).toEqual(["modellkommuner-2027"]);

    child.kill("SIGTERM");
    const { code, signal } = await exited;
    const events = logEvents(output.join(""));
    expect({ code, signal }, output.join("")).toEqual({ code: 0, signal: null });
    expect(events).toContain("app.stopped");
  }, 40_000);
});

/** The parent's environment without platform credentials: the child must never call Slack or Microsoft. */
function childEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", LOG_LEVEL: "info" };
  for (const name of Object.keys(env)) {
    if (/^(SLACK_|MICROSOFT_|TEAMS_|MONGODB_|ROUND_FILE|CHECKLIST_DIR|HOST$|SCHEDULER$)/.test(name))
      delete env[name];
  }
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Retries `attempt` until it answers 200 or the time is up; the failure message carries the child's output. */
async function waitFor(
  attempt: () => Promise<Response>,
  limitMs: number,
  output: string[],
): Promise<Response> {
  const deadline = Date.now() + limitMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await attempt();
      if (response.status === 200) return response;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`not healthy within ${limitMs} ms (${last}); output:\n${output.join("")}`);
}

function logEvents(output: string): string[] {
  return output.split("\n").flatMap((line) => {
    try {
      const parsed = JSON.parse(line) as { event?: unknown };
      return typeof parsed.event === "string" ? [parsed.event] : [];
    } catch {
      return [];
    }
  });
}
