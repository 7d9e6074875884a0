// `cards --out DIR [FILE] [--checklist FILE] [--checklists DIR]…`: every card of a round (the example round
// by default), in Swedish and English, as Adaptive Card JSON and Block Kit JSON, one file each.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Card } from "../../../cards/model.ts";
import { previewCards } from "../../../cards/preview-round.ts";
import { renderAdaptive } from "../../../cards/render-adaptive.ts";
import { renderBlockKitMessage, renderBlockKitModal } from "../../../cards/render-block-kit.ts";
import { type Checklist, checklistSchema } from "../../domain/checklist.ts";
import { LOCALES } from "../../domain/round.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand, CliIo } from "../io.ts";
import { cliLocale, loadRoundForCli } from "./validate.ts";

const DEFAULT_ROUND = "examples/round-2027.yaml";

interface CardsArgs {
  out: string;
  file: string;
  checklist?: string | undefined;
  checklistDirs: string[];
}

function parseArgs(args: string[]): CardsArgs | undefined {
  const parsed: CardsArgs = { out: "", file: DEFAULT_ROUND, checklistDirs: [] };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const value = args[i + 1];
    if (["--out", "--checklist", "--checklists"].includes(arg)) {
      if (value === undefined) return undefined;
      i++;
      if (arg === "--out") parsed.out = value;
      else if (arg === "--checklist") parsed.checklist = value;
      else parsed.checklistDirs.push(value);
    } else if (arg.startsWith("--")) return undefined;
    else files.push(arg);
  }
  if (files.length > 1 || parsed.out === "") return undefined;
  return { ...parsed, file: files[0] ?? DEFAULT_ROUND };
}

async function readChecklist(file: string, io: CliIo): Promise<Checklist | string> {
  try {
    const result = checklistSchema.safeParse(JSON.parse(await readFile(resolve(io.cwd, file), "utf8")));
    return result.success ? result.data : (result.error.issues[0]?.message ?? "invalid");
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code ?? String(cause);
  }
}

/** Forms become a Slack modal (what the user fills in); every other card a message. */
function blockKit(card: Card): unknown {
  return card.form ? renderBlockKitModal(card) : renderBlockKitMessage(card);
}

export const cardsCommand: CliCommand = async (args, io) => {
  const t = cliStrings(cliLocale(io)).cards;
  const parsed = parseArgs(args);
  if (!parsed) {
    io.err(commandUsage(cliLocale(io), "cards"));
    return 2;
  }
  const loaded = await loadRoundForCli(
    { file: parsed.file, checklistDirs: parsed.checklistDirs, flags: new Set() },
    io,
  );
  if (!loaded.ok) return 2;
  let checklist = loaded.checklist;
  if (parsed.checklist) {
    const read = await readChecklist(parsed.checklist, io);
    if (typeof read === "string") {
      io.err(t.badChecklist(parsed.checklist, read));
      return 2;
    }
    checklist = read;
  }
  const out = resolve(io.cwd, parsed.out);
  await mkdir(out, { recursive: true });
  let written = 0;
  for (const locale of LOCALES) {
    for (const { name, card } of previewCards(loaded.round, checklist, locale)) {
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      await writeFile(join(out, `${name}.${locale}.adaptive.json`), json(renderAdaptive(card)));
      await writeFile(join(out, `${name}.${locale}.blockkit.json`), json(blockKit(card)));
      written += 2;
    }
  }
  io.out(t.wrote(written, parsed.out));
  return 0;
};
