// The results card's words, in Swedish and English.
import type { AssessmentRoundId } from "../src/domain/assessment.ts";
import type { Locale } from "../src/domain/round.ts";

export interface ResultsStrings {
  title: (organisation: string) => string;
  summary: (organisation: string, total: number, max: number, shift: number | undefined) => string;
  organisation: string;
  point: string;
  chartTitle: string;
  change: string;
  cluster: string;
  spread: (median: string, min: number, max: number) => string;
  total: string;
  latestTotal: string;
  ready: string;
  notReady: string;
  noRounds: string;
  late: string;
  checklist: string;
  lateNote: (rounds: string) => string;
  clusterNote: (n: number) => string;
  rounds: Record<AssessmentRoundId, string>;
}

const sv: ResultsStrings = {
  title: (organisation: string) => `Resultat: ${organisation}`,
  summary: (organisation: string, total: number, max: number, shift: number | undefined) =>
    `${organisation}: senaste summa ${total} av ${max}${shift === undefined ? "" : `, förflyttning ${shift > 0 ? "+" : ""}${shift} sedan första skattningen`}.`,
  organisation: "Organisation",
  point: "Punkt",
  chartTitle: "Nivå per punkt och omgång",
  change: "Förflyttning",
  cluster: "Klustret: median (spann)",
  spread: (median: string, min: number, max: number) => `${median} (${min}–${max})`,
  total: "Summa",
  latestTotal: "Senaste summa",
  ready: "Redo att bli modellorganisation: ja.",
  notReady: "Inte redo att bli modellorganisation än.",
  noRounds: "Ingen självskattning är inlämnad än.",
  late: "försenad",
  checklist: "Checklista",
  lateNote: (rounds: string) => `Inlämnad efter sista dagen: ${rounds}.`,
  clusterNote: (n: number) =>
    `Klustrets median och spann räknas på den senaste skattningen från ${n} ${n === 1 ? "organisation" : "organisationer"}.`,
  rounds: {
    baseline: "Nulägesbedömning",
    "before-benchmarking-2": "Inför benchmarkingmöte 2",
    "before-benchmarking-3": "Inför benchmarkingmöte 3",
    "before-results-conference": "Inför resultatkonferensen",
  } satisfies Record<AssessmentRoundId, string>,
};

const en: ResultsStrings = {
  title: (organisation) => `Results: ${organisation}`,
  summary: (organisation, total, max, shift) =>
    `${organisation}: latest total ${total} of ${max}${shift === undefined ? "" : `, a shift of ${shift > 0 ? "+" : ""}${shift} since the first assessment`}.`,
  organisation: "Organisation",
  point: "Point",
  chartTitle: "Level per point and round",
  change: "Shift",
  cluster: "Cluster: median (range)",
  spread: (median, min, max) => `${median} (${min}–${max})`,
  total: "Total",
  latestTotal: "Latest total",
  ready: "Ready to be a model organisation: yes.",
  notReady: "Not yet ready to be a model organisation.",
  noRounds: "No self-assessment has been submitted yet.",
  late: "late",
  checklist: "Checklist",
  lateNote: (rounds) => `Submitted after the deadline: ${rounds}.`,
  clusterNote: (n) =>
    `The cluster's median and range are taken over the latest assessment of ${n} organisation${n === 1 ? "" : "s"}.`,
  rounds: {
    baseline: "Baseline self-assessment",
    "before-benchmarking-2": "Before benchmarking meeting 2",
    "before-benchmarking-3": "Before benchmarking meeting 3",
    "before-results-conference": "Before the results conference",
  },
};

export function resultsStrings(locale: Locale): ResultsStrings {
  return locale === "en" ? en : sv;
}
