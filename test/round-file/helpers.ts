// Shared by the round-file tests: the small valid round, edits to it, and where a text sits.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../../src/round-file/checklist-files.ts";
import type { RoundFileError } from "../../src/round-file/errors.ts";
import { parseRoundText, type RoundFileResult } from "../../src/round-file/load-round-file.ts";

export const FIXTURE_CHECKLISTS = fileURLToPath(new URL("../fixtures/checklists/", import.meta.url));
export const SMALL_ROUND_PATH = fileURLToPath(new URL("../fixtures/rounds/small.yaml", import.meta.url));
export const SMALL_ROUND = readFileSync(SMALL_ROUND_PATH, "utf8");

const library = await loadChecklists([BUNDLED_CHECKLIST_DIR, FIXTURE_CHECKLISTS]);

export function parse(text: string): RoundFileResult {
  return parseRoundText(text, "round.yaml", library.checklists);
}

/** Replaces one exact occurrence (the nth, 1-based) of `from`; fails loudly if it is not there. */
export function edit(text: string, from: string, to: string, nth = 1): string {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(from, index + 1);
  expect(index, `"${from}" not found ${nth} time(s)`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/** The 1-based line of the nth occurrence of `needle`, optionally the first after `anchor`. */
export function lineOf(text: string, needle: string, options: { after?: string; nth?: number } = {}): number {
  let from = options.after === undefined ? 0 : text.indexOf(options.after);
  expect(from, `"${options.after}" not found`).toBeGreaterThanOrEqual(0);
  let index = from - 1;
  for (let i = 0; i < (options.nth ?? 1); i++) {
    index = text.indexOf(needle, index + 1);
    from = index;
  }
  expect(index, `"${needle}" not found`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split("\n").length;
}

export function errorsOf(text: string): RoundFileError[] {
  const result = parse(text);
  if (result.ok) throw new Error("expected the round file to be rejected");
  for (const e of result.errors) expect(e.file).toBe("round.yaml");
  return result.errors;
}
