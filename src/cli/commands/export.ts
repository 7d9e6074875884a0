// `export --round ID --format csv|json|md|xlsx [--out FILE] [--separator ";"|","] [--language sv|en]`:
// every organisation's scores per point per round, PDSA cycles, presentations and readiness.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Locale, roundChecklists } from "../../domain/round.ts";
import { loadRoundState } from "../../engine/round-state.ts";
import { type CsvSeparator, toCsv } from "../../export/csv.ts";
import { toJson } from "../../export/json.ts";
import { toMarkdown } from "../../export/markdown.ts";
import { openLateItems } from "../../export/open-late-items.ts";
import { buildRoundExport } from "../../export/round-export.ts";
import { toXlsx } from "../../export/xlsx.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../../round-file/checklist-files.ts";
import { openStore } from "../../store/open-store.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { storeLocation } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

function options(args: string[]) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        round: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        separator: { type: "string", default: ";" },
        language: { type: "string" },
      },
    });
    const format = values.format;
    const separator = values.separator;
    if (!values.round || (format !== "csv" && format !== "json" && format !== "md" && format !== "xlsx"))
      return undefined;
    if (separator !== ";" && separator !== ",") return undefined;
    if (values.language !== undefined && values.language !== "sv" && values.language !== "en")
      return undefined;
    const language: Locale | undefined = values.language;
    return { round: values.round, format, out: values.out, separator: separator as CsvSeparator, language };
  } catch {
    return undefined;
  }
}

export const exportCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).export;
  const wanted = options(args);
  if (!wanted) {
    io.err(commandUsage(cliLocale(io), "export"));
    return 2;
  }
  const location = storeLocation(io);
  const store = await openStore(location);
  try {
    const round = await store.getRound(wanted.round);
    if (!round) {
      io.err(text.noRound(wanted.round, (await store.listRounds()).map((r) => r.id).join(", ")));
      return 2;
    }
    const { checklists } = await loadChecklists([BUNDLED_CHECKLIST_DIR]);
    const checklist = checklists.get(round.checklist);
    if (!checklist) {
      io.err(text.noChecklist(round.checklist));
      return 1;
    }
    const further = roundChecklists(round)
      .slice(1)
      .flatMap((id) => checklists.get(id) ?? []);
    const state = await loadRoundState(store, round);
    const data = buildRoundExport(state, checklist, further);
    const language = wanted.language ?? round.language;
    if (wanted.format === "xlsx") {
      if (!wanted.out) {
        io.err(text.xlsxNeedsOut);
        return 2;
      }
      const file = resolve(io.cwd, wanted.out);
      await writeFile(file, await toXlsx(data, language, openLateItems(state, new Date())));
      io.out(text.wrote(file));
      return 0;
    }
    const body =
      wanted.format === "csv"
        ? toCsv(data, wanted.separator)
        : wanted.format === "json"
          ? toJson(data)
          : toMarkdown(data, language);
    if (!wanted.out) {
      io.out(body.replace(/\n$/, ""));
      return 0;
    }
    const file = resolve(io.cwd, wanted.out);
    await writeFile(file, body, "utf8");
    io.out(text.wrote(file));
    return 0;
  } finally {
    await store.close();
  }
};
