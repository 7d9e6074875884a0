// `plan FILE [--json] [--checklists DIR]…`: every reminder the round will cause, in time order.
import { DateTime } from "luxon";
import { type PlannedReminder, plan as planReminders } from "../../domain/reminder-plan.ts";
import type { CliCommand } from "../io.ts";
import { type CliLocale, cliLocale, loadRoundForCli, parseRoundArgs } from "./validate.ts";

const TEXT = {
  sv: {
    usage: "användning: plan FIL [--json] [--checklists MAPP]",
    header: ["när (lokal tid)", "kluster", "organisation", "möte", "påminnelse", "gäller"],
    total: (n: number) => `${n} påminnelser`,
  },
  en: {
    usage: "usage: plan FILE [--json] [--checklists DIR]",
    header: ["when (local time)", "cluster", "organisation", "meeting", "kind", "due"],
    total: (n: number) => `${n} reminders`,
  },
} as const;

function row(r: PlannedReminder, locale: CliLocale): string[] {
  // The offset stays visible: it is how an operator sees a daylight-saving change in the plan.
  const at = DateTime.fromISO(r.at, { setZone: true, locale }).toFormat("yyyy-MM-dd ccc HH:mm ZZ");
  return [at, r.cluster, r.organisation, r.meeting, r.kind, r.deadline];
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? "").length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

function printTable(reminders: PlannedReminder[], locale: CliLocale, out: (line: string) => void): void {
  const text = TEXT[locale];
  for (const line of table([[...text.header], ...reminders.map((r) => row(r, locale))])) out(line);
  out(text.total(reminders.length));
}

export const plan: CliCommand = async (args, io) => {
  const locale = cliLocale(io);
  const parsed = parseRoundArgs(args, ["--json"]);
  if (!parsed) {
    io.err(TEXT[locale].usage);
    return 2;
  }
  const result = await loadRoundForCli(parsed, io);
  if (!result.ok) return 2;
  const reminders = planReminders(result.round);
  if (parsed.flags.has("--json")) io.out(JSON.stringify(reminders, null, 2));
  else printTable(reminders, locale, io.out);
  return 0;
};
