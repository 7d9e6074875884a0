// The engine, the domain and the cards never read the clock, randomness or the environment: time and config
// are passed in. What they may import is checked by dependency-cruiser (.dependency-cruiser.cjs, run by
// `npm test` as `npm run layers`), which sees every import, not only the ones a pattern matches.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const PURE = ["src/domain", "src/engine", "cards"];
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
    expect(CLOCK_OR_ENV.test("const now = DateTime.now();")).toBe(true);
    expect(CLOCK_OR_ENV.test("const when = new Date(event.at);")).toBe(false);
  });

  it("never reads the clock, randomness or the environment", () => {
    const leaks = files.filter((f) => CLOCK_OR_ENV.test(readFileSync(join(ROOT, f), "utf8")));
    expect(leaks).toEqual([]);
  });
});
