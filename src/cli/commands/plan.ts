// `plan FILE [--json] [--checklists DIR]…`: every message the round's ticks will send, in time order:
// the reminders, the host invitations and their copies, the mentors' cluster summaries and late notices.
import { DateTime } from "luxon";
import type { DueItemKind } from "../../domain/due-before.ts";
import type { IsoDate, MeetingId, Round } from "../../domain/round.ts";
import { SCHEDULED_KINDS, type ScheduledKind, scheduledMessages } from "../../scheduler/scheduled-message.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { type CliLocale, cliLocale, loadRoundForCli, parseRoundArgs } from "./validate.ts";

/** One line of the plan; `--json` prints these. */
export interface PlanEntry {
  at: string;
  round: string;
  cluster: string;
  /** The organisation the message is about (for a copy: the host, or the cluster's mentor). */
  organisation: string;
  meeting: MeetingId;
  kind: ScheduledKind;
  /** Who reads it: the organisation's channel, the host's, the mentor's or the project managers'. */
  to: (typeof SCHEDULED_KINDS)[ScheduledKind];
  /** The day the items are due; for a host invitation, the day it is due. */
  deadline: IsoDate;
  meetingDate: IsoDate;
  /** Benchmarking meetings: the day the presentations are due (what a host invitation states). */
  presentationDeadline?: IsoDate | undefined;
  /** What the meeting asks of each organisation; a reminder lists the ones still missing. */
  items: readonly DueItemKind[];
}

export function planEntries(round: Round): PlanEntry[] {
  return scheduledMessages(round).map((m) => ({
    at: m.at,
    round: m.roundId,
    cluster: m.clusterId,
    organisation: m.organisationId,
    meeting: m.meeting,
    kind: m.kind,
    to: SCHEDULED_KINDS[m.kind],
    deadline: m.deadline,
    meetingDate: m.meetingDate,
    presentationDeadline: m.presentationDeadline,
    items: m.items,
  }));
}

function row(r: PlanEntry, locale: CliLocale): string[] {
  // The offset stays visible: it is how an operator sees a daylight-saving change in the plan.
  const at = DateTime.fromISO(r.at, { setZone: true, locale }).toFormat("yyyy-MM-dd ccc HH:mm ZZ");
  const due = r.kind.startsWith("host-invitation") ? (r.presentationDeadline ?? r.deadline) : r.deadline;
  return [
    at,
    r.cluster,
    r.organisation,
    r.meeting,
    r.kind,
    cliStrings(locale).plan.to[r.to],
    due,
    r.items.join(","),
  ];
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

function printTable(entries: PlanEntry[], locale: CliLocale, out: (line: string) => void): void {
  const text = cliStrings(locale).plan;
  for (const line of table([[...text.header], ...entries.map((r) => row(r, locale))])) out(line);
  out(text.total(entries.length));
}

export const plan: CliCommand = async (args, io) => {
  const locale = cliLocale(io);
  const parsed = parseRoundArgs(args, ["--json"]);
  if (!parsed) {
    io.err(commandUsage(cliLocale(io), "plan"));
    return 2;
  }
  const result = await loadRoundForCli(parsed, io);
  if (!result.ok) return 2;
  const entries = planEntries(result.round);
  if (parsed.flags.has("--json")) io.out(JSON.stringify(entries, null, 2));
  else printTable(entries, locale, io.out);
  return 0;
};
