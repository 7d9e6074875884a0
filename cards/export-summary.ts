// What a project manager sees with an export: one row per organisation, beside the file itself.
import type { Locale } from "../src/domain/round.ts";
import { arrow } from "./format.ts";
import type { Card } from "./model.ts";

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

const TEXT = {
  sv: {
    title: (round: string) => `Export: ${round}`,
    summary: (file: string, n: number) => `${file}: resultaten för ${n} organisationer.`,
    intro: (file: string) => `Filen ${file} har poäng per punkt och omgång, PGSA-cykler och presentationer.`,
    columns: ["Organisation", "Omgångar", "Senaste summa", "Förflyttning", "Redo"],
    yes: "ja",
    no: "nej",
  },
  en: {
    title: (round: string) => `Export: ${round}`,
    summary: (file: string, n: number) => `${file}: the results of ${n} organisations.`,
    intro: (file: string) =>
      `The file ${file} has scores per point and round, PDSA cycles and presentations.`,
    columns: ["Organisation", "Rounds", "Latest total", "Shift", "Ready"],
    yes: "yes",
    no: "no",
  },
} as const;

export function exportSummaryCard(view: ExportSummaryView, locale: Locale): Card {
  const t = TEXT[locale];
  const rows = view.organisations.map((o) => [
    o.name,
    String(o.rounds),
    o.total === undefined ? "–" : `${o.total}/${view.maxTotal}`,
    o.shift === undefined ? "–" : arrow(o.shift),
    o.ready ? t.yes : t.no,
  ]);
  return {
    kind: "export",
    title: t.title(view.roundName),
    summary: t.summary(view.fileName, view.organisations.length),
    blocks: [
      { type: "text", text: t.intro(view.fileName) },
      { type: "table", columns: [...t.columns], rows },
    ],
  };
}
