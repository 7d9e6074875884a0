// Issue #16, failure 8: `validate` crashed (exit 1, a stack trace) on YAML alias bombs and undefined
// aliases. Now every such file gets a line-numbered message and exit 2; so do files past the size and
// nesting limits, and texts past their length limit (a 1 MB round name).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { validate } from "../../src/cli/commands/validate.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { YAML_LIMITS } from "../../src/round-file/yaml-source.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE_TEXT = readFileSync(join(ROOT, "examples/round-2027.yaml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "modellbot-yaml-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function check(file: string, lang = "C.UTF-8") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang }, cwd: ROOT };
  const code = await validate([file], io);
  return { code, err };
}

/** Nine aliases of nine aliases of …: a billion items from a few hundred bytes. */
function aliasBomb(): string {
  let text = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  let previous = "a";
  for (const name of "bcdefgh") {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]\n`;
    previous = name;
  }
  return text;
}

describe("validate on a hostile or broken round file", () => {
  const cases: [string, string, RegExp][] = [
    ["undefined alias", "id: x\nname: *nowhere\n", /:2: .*Unresolved alias.*aliases/],
    ["alias bomb", aliasBomb(), /:\d+: more than 50 YAML aliases/],
    ["deep nesting", `id: ${"[".repeat(5000)}${"]".repeat(5000)}\n`, /:1: nested more than 32 levels/],
    ["moderate nesting", `id: ${"[".repeat(100)}${"]".repeat(100)}\n`, /:1: nested more than 32 levels/],
    ["too large", `name: ${"x".repeat(YAML_LIMITS.maxBytes)}\n`, /:1: the file is \d+ bytes, more than/],
    [
      "a 1 MB round name",
      EXAMPLE_TEXT.replace(/^name: .*$/m, `name: ${"x".repeat(1024 * 1024)}`),
      /:\d+: name: is too long: at most 200 characters/,
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(`answers ${name} with a line-numbered message and exit 2`, async () => {
      const { code, err } = await check(fileWith(`${name.replaceAll(" ", "-")}.yaml`, text));
      expect(code).toBe(2);
      expect(err.join("\n")).toMatch(expected);
    });
  }

  it("says it in Swedish to a Swedish shell", async () => {
    const { err } = await check(fileWith("bomb-sv.yaml", aliasBomb()), "sv_SE.UTF-8");
    expect(err.join("\n")).toMatch(/fler än 50 YAML-alias/);
  });

  it("never prints a stack trace from the real command line", async () => {
    const file = fileWith("undefined-cli.yaml", "id: x\nname: *nowhere\n");
    const run = promisify(execFile)("npx", ["tsx", "src/cli/main.ts", "validate", file], {
      cwd: ROOT,
      env: { ...process.env, LANG: "C.UTF-8" },
    });
    const result = await run.then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
