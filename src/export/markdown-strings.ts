// The Markdown report's words, in Swedish and English.
import type { Locale } from "../domain/round.ts";

const en = {
  title: (organisation: string, round: string) => `${organisation}: results of ${round}`,
  draft:
    "A draft for the results conference, written from what the organisation recorded in Modellbot. Edit freely.",
  method: "Method",
  methodRounds: (n: number) =>
    `The organisation scored the checklist in ${n} self-assessment round${n === 1 ? "" : "s"}:`,
  methodNoRounds: "The organisation has not submitted a self-assessment yet.",
  submitted: (round: string, date: string) => `${round}, submitted ${date}`,
  methodCycles: (n: number) => `It worked with ${n} improvement cycle${n === 1 ? "" : "s"} (PDSA):`,
  methodNoCycles: "No PDSA cycle has been recorded.",
  cycle: (area: string, cycle: number, phase: string) => `${area}, cycle ${cycle}, latest phase: ${phase}`,
  results: "Results",
  point: "Point",
  change: "Change",
  total: "Total",
  ready: "Ready to be a model organisation: yes.",
  notReady: "Not yet ready to be a model organisation.",
  learned: "What we learned",
  noLearned: "No lessons have been recorded in the PDSA cycles yet.",
  result: "Result",
  lesson: "Learned",
  decision: "Decision",
  next: "Next",
  presentations: "Presentations",
  rounds: {
    baseline: "Baseline",
    "before-benchmarking-2": "Before meeting 2",
    "before-benchmarking-3": "Before meeting 3",
    "before-results-conference": "Before the conference",
  } as Record<string, string>,
  phases: { plan: "plan", do: "do", study: "study", act: "act" } as Record<string, string>,
  decisions: { adopt: "adopt", adapt: "adapt", abandon: "abandon" } as Record<string, string>,
};

const sv: typeof en = {
  title: (organisation, round) => `${organisation}: resultat av ${round}`,
  draft:
    "Ett utkast inför resultatkonferensen, skrivet utifrån det organisationen har lagt in i Modellbot. Redigera fritt.",
  method: "Metod",
  methodRounds: (n) => `Organisationen har skattat checklistan i ${n} ${n === 1 ? "omgång" : "omgångar"}:`,
  methodNoRounds: "Organisationen har inte lämnat någon självskattning än.",
  submitted: (round, date) => `${round}, inlämnad ${date}`,
  methodCycles: (n) =>
    `Den har arbetat med ${n} ${n === 1 ? "förbättringscykel" : "förbättringscykler"} (PGSA):`,
  methodNoCycles: "Ingen PGSA-cykel har lagts in.",
  cycle: (area, cycle, phase) => `${area}, cykel ${cycle}, senaste fas: ${phase}`,
  results: "Resultat",
  point: "Punkt",
  change: "Förflyttning",
  total: "Summa",
  ready: "Redo att bli modellorganisation: ja.",
  notReady: "Inte redo att bli modellorganisation än.",
  learned: "Det här har vi lärt oss",
  noLearned: "Inga lärdomar har lagts in i PGSA-cyklerna än.",
  result: "Resultat",
  lesson: "Lärdom",
  decision: "Beslut",
  next: "Nästa steg",
  presentations: "Presentationer",
  rounds: {
    baseline: "Nollmätning",
    "before-benchmarking-2": "Inför möte 2",
    "before-benchmarking-3": "Inför möte 3",
    "before-results-conference": "Inför konferensen",
  },
  phases: { plan: "planera", do: "göra", study: "studera", act: "agera" },
  decisions: { adopt: "behålla", adapt: "anpassa", abandon: "överge" },
};

export type ReportStrings = typeof en;

export function reportStrings(locale: Locale): ReportStrings {
  return locale === "en" ? en : sv;
}
