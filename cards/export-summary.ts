// What a project manager sees with an export: one row per organisation, beside the file itself.
import type { Locale } from "../src/domain/round.ts";
import { arrow } from "./format.ts";
import type { Card } from "./model.ts";
import { strings } from "./strings.ts";

export interface ExportSummaryView {
  roundName: string;
  fileName: string;
  maxTotal: number;
  organisations: {
    name: string;
    rounds: number;
    total?: number | undefined;
    shift?: number | undefined;
    ready: boolean;
  }[];
}

/**
 * Rows shown in the chat: the whole round is in the file, and a national round (a few hundred
 * organisations) in one table would pass Teams' 28 KB and Slack's 50 blocks. The rest are counted.
 */
export const EXPORT_ROWS_SHOWN = 30;

export function exportSummaryCard(view: ExportSummaryView, locale: Locale): Card {
  const common = strings(locale);
  const t = common.exportSummary;
  const rows = view.organisations
    .slice(0, EXPORT_ROWS_SHOWN)
    .map((o) => [
      o.name,
      String(o.rounds),
      o.total === undefined ? "–" : `${o.total}/${view.maxTotal}`,
      o.shift === undefined ? "–" : arrow(o.shift),
      o.ready ? common.yes : common.no,
    ]);
  const more = view.organisations.length - rows.length;
  return {
    kind: "export",
    title: t.title(view.roundName),
    summary: t.summary(view.fileName, view.organisations.length),
    blocks: [
      { type: "text", text: t.intro(view.fileName) },
      { type: "table", columns: [...t.columns], rows },
      ...(more > 0 ? [{ type: "text" as const, text: t.more(more) }] : []),
    ],
  };
}
