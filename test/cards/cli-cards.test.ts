// `cards --out DIR` writes every card of the example round in both languages for both platforms.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkBlockKitMessage, checkBlockKitModal } from "../../cards/block-kit-limits.ts";
import { cardsCommand } from "../../src/cli/commands/cards.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { adaptiveCardProblems } from "./adaptive-validator.ts";

const repo = new URL("../../", import.meta.url).pathname;
let out = "";

function io(lines: string[]): CliIo {
  return {
    out: (l) => lines.push(l),
    err: (l) => lines.push(`ERR ${l}`),
    env: { LANG: "en_GB.UTF-8" },
    cwd: repo,
  };
}

afterEach(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe("cards command", () => {
  it("writes <card>.<lang>.<adaptive|blockkit>.json for every card, all valid", async () => {
    out = await mkdtemp(join(tmpdir(), "cards-"));
    const lines: string[] = [];
    expect(await cardsCommand(["--out", out], io(lines))).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toContain("self-assessment.sv.adaptive.json");
    expect(files).toContain("status.en.blockkit.json");
    expect(files.every((f) => /^[a-z0-9-]+\.(sv|en)\.(adaptive|blockkit)\.json$/.test(f))).toBe(true);
    expect(lines).toEqual([`wrote ${files.length} files to ${out}`]);
    for (const file of files) {
      const json = JSON.parse(await readFile(join(out, file), "utf8"));
      if (file.endsWith(".adaptive.json")) expect(adaptiveCardProblems(json), file).toEqual([]);
      else if (json.type === "modal") expect(checkBlockKitModal(json), file).toEqual([]);
      else expect(checkBlockKitMessage(json), file).toEqual([]);
    }
    const modal = JSON.parse(await readFile(join(out, "self-assessment.sv.blockkit.json"), "utf8"));
    expect(modal.callback_id).toBe("form:self-assessment");
  });

  it("previews another checklist with --checklist", async () => {
    out = await mkdtemp(join(tmpdir(), "cards-"));
    const args = ["--out", out, "--checklist", "test/fixtures/checklists/test-13.json"];
    expect(await cardsCommand(args, io([]))).toBe(0);
    const form = JSON.parse(await readFile(join(out, "self-assessment.en.adaptive.json"), "utf8"));
    expect(JSON.stringify(form)).toContain("score:q13");
  });

  it("prints the usage and exits 2 without --out", async () => {
    const lines: string[] = [];
    expect(await cardsCommand([], io(lines))).toBe(2);
    expect(lines[0]).toMatch(/^ERR usage: cards --out DIR/);
  });
});
