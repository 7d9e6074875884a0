// The engine, the domain and the cards know no platform, driver or scheduler, and never read the
// clock or the environment: time and config are passed in. This test keeps it so.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const PURE = ["src/domain", "src/engine", "cards"];
const FORBIDDEN_IMPORT =
  /(from\s+|import\()["'](botbuilder[^"']*|@slack\/[^"']*|@resvg\/[^"']*|mongodb|better-sqlite3|node-cron|express|(node:)?(fs|http|https|net|child_process|worker_threads)(\/promises)?)["']/;
const CLOCK_OR_ENV = /\bDate\.now\(\)|new Date\(\)|process\.env|Math\.random\(\)|DateTime\.(now|local)\(\)/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the platform-neutral core", () => {
  const files = PURE.flatMap(sources);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("recognises what it forbids", () => {
    for (const line of [
      'import { readFile } from "node:fs/promises";',
      'const m = await import("botbuilder");',
      'import x from "fs";',
    ]) {
      expect(FORBIDDEN_IMPORT.test(line), line).toBe(true);
    }
    expect(CLOCK_OR_ENV.test("const now = DateTime.now();")).toBe(true);
    expect(FORBIDDEN_IMPORT.test('import { z } from "zod";')).toBe(false);
  });

  it("imports no platform SDK, database driver, scheduler or I/O module", () => {
    const leaks = files.filter((f) => FORBIDDEN_IMPORT.test(readFileSync(join(ROOT, f), "utf8")));
    expect(leaks).toEqual([]);
  });

  it("never reads the clock, randomness or the environment", () => {
    const leaks = files.filter((f) => CLOCK_OR_ENV.test(readFileSync(join(ROOT, f), "utf8")));
    expect(leaks).toEqual([]);
  });
});
