// scripts/build.mjs, which `npm start` runs before every start: the bundle it writes, what it leaves alone
// when nothing changed, and which files of earlier builds it removes.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = new URL("../../scripts/build.mjs", import.meta.url).pathname;
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function buildInto(dir: string): Promise<void> {
  await promisify(execFile)(process.execPath, [SCRIPT], { env: { ...process.env, BUILD_OUT_DIR: dir } });
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-build-"));
  dirs.push(dir);
  return dir;
}

describe("the build script", () => {
  it("writes the bot's entry with a source map and no temporary files", async () => {
    const dir = freshDir();
    await buildInto(dir);
    expect(existsSync(join(dir, "src", "main.js"))).toBe(true);
    expect(existsSync(join(dir, "src", "main.js.map"))).toBe(true);
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // The Slack adapter and the MongoDB store are chunks of their own, loaded only when configured.
    expect(files.some((f) => f.startsWith("open-mongo-store-") && f.endsWith(".js"))).toBe(true);
    expect(files.some((f) => f.startsWith("create-slack-adapter-") && f.endsWith(".js"))).toBe(true);
  }, 30_000);

  it("leaves unchanged files alone, removes an earlier build's file after a minute and keeps a fresh one", async () => {
    const dir = freshDir();
    await buildInto(dir);
    const main = join(dir, "src", "main.js");
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(main, longAgo, longAgo);
    const old = join(dir, "chunk-EARLIER.js");
    const recent = join(dir, "chunk-STARTING.js");
    writeFileSync(old, "export {};\n");
    utimesSync(old, longAgo, longAgo);
    writeFileSync(recent, "export {};\n");

    await buildInto(dir);
    expect(Math.round(statSync(main).mtimeMs)).toBe(longAgo.getTime()); // the same content is not written again
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true); // another start may be importing it right now
  }, 30_000);
});
