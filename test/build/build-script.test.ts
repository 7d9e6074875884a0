// scripts/build.mjs, which `npm start`, `npm run cli` and bin/modellbot.js run with --if-changed: the bundle
// it writes, that it builds on a fresh clone and after a change and leaves build/ alone otherwise, that
// several starts at once after a change all start, which files of earlier builds it removes, and what a
// production folder without esbuild does. All but the first run on a small project of their own (a copy of
// the script beside a few sources, with the repository's node_modules), so that a test may change sources.
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const REPO = new URL("../..", import.meta.url).pathname;
const SCRIPT = join(REPO, "scripts", "build.mjs");
const run = promisify(execFile);
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-build-"));
  dirs.push(dir);
  return dir;
}

/** A project as the script sees one: the bot's and the CLI's entries, a shared module and a lazy one. */
function smallProject(): string {
  const dir = freshDir();
  mkdirSync(join(dir, "scripts"));
  cpSync(SCRIPT, join(dir, "scripts", "build.mjs"));
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), '{ "name": "small", "type": "module" }\n');
  writeFileSync(join(dir, "package-lock.json"), '{ "name": "small", "lockfileVersion": 3 }\n');
  writeFileSync(join(dir, "tsconfig.json"), "{}\n");
  mkdirSync(join(dir, "src", "cli"), { recursive: true });
  writeFileSync(join(dir, "src", "shared.ts"), 'export const name = "bot";\n');
  writeFileSync(
    join(dir, "src", "main.ts"),
    'import { name } from "./shared.ts";\nconst { greeting } = await import("./greeting.ts");\nconsole.log(name, greeting);\n',
  );
  writeFileSync(
    join(dir, "src", "cli", "main.ts"),
    'import { name } from "../shared.ts";\nconsole.log("cli of", name);\n',
  );
  setGreeting(dir, "v1");
  return dir;
}

/** The lazily imported module, large enough that writing it takes a while. */
function setGreeting(dir: string, greeting: string): void {
  const padding = "x".repeat(2_000_000);
  writeFileSync(
    join(dir, "src", "greeting.ts"),
    `export const greeting = "${greeting}";\nexport const padding = "${padding}";\n`,
  );
}

async function buildIfChanged(dir: string): Promise<{ stderr: string }> {
  return run(process.execPath, [join(dir, "scripts", "build.mjs"), "--if-changed"], { cwd: dir });
}

/** `npm start`'s command line, in the small project. */
async function start(dir: string): Promise<string> {
  const { stdout } = await run(
    "sh",
    [
      "-c",
      `"${process.execPath}" scripts/build.mjs --if-changed && exec "${process.execPath}" build/src/main.js`,
    ],
    { cwd: dir },
  );
  return stdout.trim();
}

function filesIn(dir: string): Map<string, number> {
  return new Map(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => statSync(join(dir, file)).isFile())
      .map((file) => [file, statSync(join(dir, file)).mtimeMs]),
  );
}

function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".js"))
    .map((file) => join(dir, file));
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // removed meanwhile
  }
}

/** The lazy module's chunk of the latest build, as its record names it. */
function greetingChunk(dir: string): string {
  const record = JSON.parse(readFileSync(join(dir, "build", "inputs.json"), "utf8")) as { outputs: string[] };
  const chunk = record.outputs.find((f) => f.startsWith("greeting-") && f.endsWith(".js"));
  if (!chunk) throw new Error("no greeting chunk");
  return join(dir, "build", chunk);
}

describe("the build script", () => {
  it("bundles the bot and the CLI, each with a source map, records its inputs, and leaves no temporary files", async () => {
    const dir = freshDir();
    await run(process.execPath, [SCRIPT], { env: { ...process.env, BUILD_OUT_DIR: dir } });
    for (const entry of ["src/main.js", "src/cli/main.js"]) {
      expect(existsSync(join(dir, entry))).toBe(true);
      expect(existsSync(join(dir, `${entry}.map`))).toBe(true);
    }
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // The Slack adapter and the MongoDB store are chunks of their own, loaded only when configured.
    expect(files.some((f) => f.startsWith("open-mongo-store-") && f.endsWith(".js"))).toBe(true);
    expect(files.some((f) => f.startsWith("create-slack-adapter-") && f.endsWith(".js"))).toBe(true);
    const record = JSON.parse(readFileSync(join(dir, "inputs.json"), "utf8")) as {
      files: Record<string, string>;
    };
    expect(record.files["src/main.ts"]).toMatch(/^[0-9a-f]{64}$/);
    expect(record.files["package-lock.json"]).toMatch(/^[0-9a-f]{64}$/);
  }, 30_000);

  it("builds on a fresh clone, then leaves build/ alone while nothing changed", async () => {
    const dir = smallProject();
    expect(await start(dir)).toBe("bot v1");
    const longAgo = new Date(Date.now() - 10 * 60_000);
    for (const file of filesIn(join(dir, "build")).keys())
      utimesSync(join(dir, "build", file), longAgo, longAgo);
    const before = filesIn(join(dir, "build"));

    expect(await start(dir)).toBe("bot v1");
    expect(filesIn(join(dir, "build"))).toEqual(before);
  }, 30_000);

  it("rebuilds when a source changed, and when an output is missing", async () => {
    const dir = smallProject();
    await buildIfChanged(dir);
    setGreeting(dir, "v2");
    expect(await start(dir)).toBe("bot v2");

    rmSync(join(dir, "build", "src", "cli", "main.js"));
    await buildIfChanged(dir);
    const { stdout } = await run(process.execPath, ["build/src/cli/main.js"], { cwd: dir });
    expect(stdout.trim()).toBe("cli of bot");
  }, 30_000);

  it("starts every one of several starts at once after a change, each with the new code", async () => {
    const dir = smallProject();
    await buildIfChanged(dir);
    setGreeting(dir, "v2");
    writeFileSync(join(dir, "src", "shared.ts"), 'export const name = "new bot";\n');
    // Staggered, so that some import from build/ while others still write it; meanwhile every script in
    // build/ is read over and over, as a starting bot would read it.
    let done = false;
    const starts = Array.from({ length: 8 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 40)).then(() => start(dir)),
    );
    const all = Promise.all(starts).finally(() => {
      done = true;
    });
    const partial: string[] = [];
    let reads = 0;
    while (!done) {
      for (const file of scriptsIn(join(dir, "build"))) {
        const text = readOrUndefined(file);
        reads += 1;
        if (text !== undefined && !/\/\/# sourceMappingURL=\S+\.map\n$/.test(text)) partial.push(file);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await all).toEqual(Array.from({ length: 8 }, () => "new bot v2"));
    expect(reads).toBeGreaterThan(100);
    expect(partial).toEqual([]);
    expect([...filesIn(join(dir, "build")).keys()].filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("keeps the build before's chunks, removes older ones once a minute old, and keeps a fresh unknown file", async () => {
    const dir = smallProject();
    await buildIfChanged(dir);
    const first = greetingChunk(dir);
    setGreeting(dir, "v2");
    await buildIfChanged(dir);
    const second = greetingChunk(dir);
    expect(second).not.toBe(first);
    expect(existsSync(first)).toBe(true); // a bot started from the first build may still import it

    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(first, longAgo, longAgo);
    const starting = join(dir, "build", "chunk-STARTING.js");
    writeFileSync(starting, "export {};\n");
    setGreeting(dir, "v3");
    await buildIfChanged(dir);
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(true);
    expect(existsSync(starting)).toBe(true); // another build may be writing it right now
  }, 30_000);

  it("without esbuild (npm ci --omit=dev) starts from the build as it is, and says so when there is none", async () => {
    const dir = smallProject();
    await buildIfChanged(dir);
    rmSync(join(dir, "node_modules"));
    expect(await start(dir)).toBe("bot v1");
    setGreeting(dir, "v2");
    const { stderr } = await buildIfChanged(dir);
    expect(stderr).toContain("esbuild is not installed");

    rmSync(join(dir, "build"), { recursive: true });
    await expect(buildIfChanged(dir)).rejects.toThrow(/npm run build/);
  }, 30_000);
});
