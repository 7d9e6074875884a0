// `history`: the open round's self-assessment versions (who, when, which points changed, late or not) and
// the organisation's PDSA cycles, as tables.
import type { AssessmentRoundId } from "../src/domain/assessment.ts";
import type { PdsaPhase } from "../src/domain/pdsa.ts";
import type { Locale } from "../src/domain/round.ts";
import { formatInstant } from "./format-instant.ts";
import { historyStrings } from "./history-strings.ts";
import type { Block, Card } from "./model.ts";
import { strings } from "./strings.ts";

export interface HistoryView {
  organisationName: string;
  timeZone: string;
  assessmentRound: AssessmentRoundId | undefined;
  versions: {
    version: number;
    who: string;
    at: string;
    late: boolean;
    changes: { number: number; from: number | undefined; to: number | undefined; comment: boolean }[];
  }[];
  cycles: { area: string; cycle: number; phase: PdsaPhase; updates: number; at: string }[];
}

/** "3: 1 → 2, 5: – → 3 (kommentar)": a point's number, its old and new score, and whether its comment changed. */
export function describeChanges(changes: HistoryView["versions"][number]["changes"], locale: Locale): string {
  const t = historyStrings(locale);
  if (changes.length === 0) return "–";
  return changes
    .map((c) => {
      const scores = c.from === c.to ? "" : ` ${c.from ?? "–"} → ${c.to ?? "–"}`;
      return `${c.number}:${scores}${c.comment ? ` (${t.comment})` : ""}`;
    })
    .join(", ");
}

/** A card stays within Slack's and Teams' limits: the newest rows, and a note of how many there are. */
export const HISTORY_ROWS_SHOWN = 20;

export function historyCard(view: HistoryView, locale: Locale): Card {
  const t = historyStrings(locale);
  const s = strings(locale);
  const when = (iso: string) => formatInstant(iso, view.timeZone, locale);
  const roundName = view.assessmentRound ? s.assessmentRounds[view.assessmentRound] : t.noRound;
  const blocks: Block[] = [{ type: "heading", text: t.assessmentHeading(roundName) }];
  if (view.versions.length === 0) blocks.push({ type: "text", text: t.noVersions });
  else
    blocks.push({
      type: "table",
      columns: [t.version, t.who, t.when, t.lateColumn, t.changed],
      rows: view.versions
        .slice(-HISTORY_ROWS_SHOWN)
        .map((v) => [
          String(v.version),
          v.who,
          when(v.at),
          v.late ? t.late : t.onTime,
          describeChanges(v.changes, locale),
        ]),
    });
  if (view.versions.length > HISTORY_ROWS_SHOWN)
    blocks.push({ type: "text", text: t.newest(HISTORY_ROWS_SHOWN, view.versions.length), muted: true });
  blocks.push({ type: "heading", text: t.pdsaHeading });
  if (view.cycles.length === 0) blocks.push({ type: "text", text: t.noCycles });
  else
    blocks.push({
      type: "table",
      columns: [t.area, t.cycle, t.phase, t.updates, t.lastUpdate],
      rows: view.cycles
        .slice(-HISTORY_ROWS_SHOWN)
        .map((c) => [c.area, String(c.cycle), s.phases[c.phase], String(c.updates), when(c.at)]),
    });
  if (view.cycles.length > HISTORY_ROWS_SHOWN)
    blocks.push({ type: "text", text: t.newest(HISTORY_ROWS_SHOWN, view.cycles.length), muted: true });
  return {
    kind: "history",
    title: t.historyTitle(view.organisationName),
    summary: t.historySummary(view.organisationName),
    blocks,
  };
}
