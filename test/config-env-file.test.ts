// The project's .env: what `npm start`, `npm run cli` and bin/modellbot.js read beside the environment,
// through the one loader (processEnvironment in src/config.ts). A variable set in the environment wins.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, processEnvironment } from "../src/config.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-env-"));
  dirs.push(dir);
  return dir;
}

function projectWithEnvFile(text: string): string {
  const dir = freshDir();
  writeFileSync(join(dir, ".env"), text);
  return dir;
}

describe("processEnvironment", () => {
  it("is the environment alone when the project has no .env", () => {
    expect(processEnvironment(freshDir(), { PORT: "4000" })).toEqual({ PORT: "4000" });
  });

  it("adds the variables of the project's .env, comments, quotes and blank lines as Node reads them", () => {
    const dir = projectWithEnvFile(
      '# Copied from .env.example\nPORT=4001\n\nLOG_LEVEL="debug"\n# MONGODB_URI=mongodb://localhost/x\nHOST=127.0.0.1 # loopback\n',
    );
    expect(processEnvironment(dir, {})).toEqual({ PORT: "4001", LOG_LEVEL: "debug", HOST: "127.0.0.1" });
  });

  it("lets a variable set in the environment win over the file, even an empty one", () => {
    const dir = projectWithEnvFile("PORT=4001\nLOG_LEVEL=debug\nDATA_DIR=/from/file\n");
    expect(processEnvironment(dir, { PORT: "4002", DATA_DIR: "" })).toEqual({
      PORT: "4002",
      LOG_LEVEL: "debug",
      DATA_DIR: "",
    });
  });

  it("reads no .env under the test runner, so that no test meets a developer's credentials", () => {
    const dir = projectWithEnvFile("SLACK_BOT_TOKEN=xoxb-a-real-one\n");
    expect(processEnvironment(dir, { VITEST: "true" })).toEqual({ VITEST: "true" });
    expect(process.env.VITEST).toBe("true");
  });

  it("leaves process.env as it was", () => {
    const dir = projectWithEnvFile("MODELLBOT_ENV_FILE_PROBE=from-file\n");
    const { VITEST: _runner, ...environment } = process.env;
    expect(processEnvironment(dir, environment).MODELLBOT_ENV_FILE_PROBE).toBe("from-file");
    expect(process.env.MODELLBOT_ENV_FILE_PROBE).toBeUndefined();
  });

  it("refuses a .env it cannot read, naming it", () => {
    const dir = freshDir();
    mkdirSync(join(dir, ".env"));
    expect(() => processEnvironment(dir, {})).toThrow(ConfigError);
    expect(() => processEnvironment(dir, {})).toThrow(`${join(dir, ".env")} could not be read (EISDIR)`);
  });
});

/**
 * A copy of the project (what the build reads, and node_modules linked), so that its .env is the test's;
 * built as `npm start` builds it.
 */
async function builtCopy(envFile: string): Promise<string> {
  const dir = freshDir();
  for (const part of ["src", "cards", "checklists", "bin", "scripts/build.mjs"])
    cpSync(join(REPO, part), join(dir, part), { recursive: true });
  for (const file of ["package.json", "package-lock.json", "tsconfig.json"])
    cpSync(join(REPO, file), join(dir, file));
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, ".env"), envFile);
  await promisify(execFile)(process.execPath, [join(dir, "scripts", "build.mjs")], {
    cwd: dir,
    env: withoutConfig({}),
  });
  return dir;
}

/** The test's environment without what the copy's .env sets, and with what the case sets. */
function withoutConfig(env: Record<string, string>): NodeJS.ProcessEnv {
  // Without VITEST, as a bot or CLI started by hand runs.
  const { PORT: _p, DATA_DIR: _d, MONGODB_URI: _m, BUILD_OUT_DIR: _o, VITEST: _v, ...rest } = process.env;
  return { ...rest, LANG: "C.UTF-8", ...env };
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  try {
    await promisify(execFile)(process.execPath, args, { cwd, env: withoutConfig(env) });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { code?: number; stderr: string };
    return { code: e.code ?? -1, stderr: e.stderr };
  }
}

describe("the built bot and CLI, with a .env in their project folder", () => {
  it("read it wherever they are started from, and a variable of the environment wins", async () => {
    const elsewhere = freshDir();
    const project = await builtCopy(
      "# a port no listener accepts, so that the bot stops at once\nPORT=from-file\nDATA_DIR=/nonexistent/from-file\n",
    );
    const bot = join(project, "build", "src", "main.js");
    const bin = join(project, "bin", "modellbot.js");

    // `npm start` runs build/src/main.js: its config refusal names the value it read.
    const fromFile = await run([bot], elsewhere);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain('PORT="from-file" is not valid');
    const fromEnv = await run([bot], elsewhere, { PORT: "from-env" });
    expect(fromEnv.stderr).toContain('PORT="from-env" is not valid');

    // The CLI (`npm run cli` and the bin run build/src/cli/main.js): backup names the store it looked for.
    const cli = await run([bin, "backup", "--out", "copy.sqlite"], elsewhere);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain("there is no embedded store at /nonexistent/from-file/modellbot.sqlite");
    const cliFromEnv = await run([bin, "backup", "--out", "copy.sqlite"], elsewhere, {
      DATA_DIR: "/nonexistent/from-env",
    });
    expect(cliFromEnv.stderr).toContain(
      "there is no embedded store at /nonexistent/from-env/modellbot.sqlite",
    );
    // Started by a test, the CLI reads no .env: the store is the default one of its working directory.
    const underTest = await run([bin, "backup", "--out", "copy.sqlite"], elsewhere, { VITEST: "true" });
    expect(underTest.stderr).toContain(
      `there is no embedded store at ${join(elsewhere, "data", "modellbot.sqlite")}`,
    );
  });
});
