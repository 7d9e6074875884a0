// The Markdown report's own words, in Swedish and English. Round, phase and decision names come from
// the cards' catalogues, so a report says what the chat said.
import { resultsStrings } from "../../cards/results-strings.ts";
import { type Catalogue, strings } from "../../cards/strings.ts";
import type { Locale } from "../domain/round.ts";

export interface ReportWords {
  title: (organisation: string, round: string) => string;
  draft: string;
  method: string;
  methodRounds: (n: number) => string;
  methodNoRounds: string;
  submitted: (round: string, date: string) => string;
  submittedLate: (round: string, date: string) => string;
  methodCycles: (n: number) => string;
  methodNoCycles: string;
  cycle: (area: string, cycle: number, phase: string) => string;
  results: string;
  point: string;
  change: string;
  total: string;
  ready: string;
  notReady: string;
  learned: string;
  noLearned: string;
  result: string;
  lesson: string;
  decision: string;
  next: string;
  presentations: string;
  comments: string;
  commentLine: (point: number, round: string, comment: string) => string;
  statistics: string;
  statisticsLine: (reported: number, bySex: number) => string;
  routines: (list: string) => string;
  noRoutines: string;
  routineNames: {
    budget: string;
    followUp: string;
    decisions: string;
  };
}

const en: ReportWords = {
  title: (organisation: string, round: string) => `${organisation}: results of ${round}`,
  draft:
    "A draft for the results conference, written from what the organisation recorded in Modellbot. Edit freely.",
  method: "Method",
  methodRounds: (n: number) =>
    `The organisation scored the checklist in ${n} self-assessment round${n === 1 ? "" : "s"}:`,
  methodNoRounds: "The organisation has not submitted a self-assessment yet.",
  submitted: (round: string, date: string) => `${round}, submitted ${date}`,
  submittedLate: (round: string, date: string) => `${round}, submitted ${date}, after the deadline`,
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
  comments: "Comments on the points",
  commentLine: (point: number, round: string, comment: string) => `${point}. (${round}) ${comment}`,
  statistics: "Individual-based statistics (step 6)",
  statisticsLine: (reported: number, bySex: number) =>
    `${bySex} of ${reported} reported individual-based statistics are broken down by sex.`,
  routines: (list: string) => `Routines to analyse them: ${list}.`,
  noRoutines: "No routine to analyse them yet.",
  routineNames: { budget: "budget work", followUp: "activity follow-up", decisions: "political decisions" },
};

const sv: ReportWords = {
  title: (organisation, round) => `${organisation}: resultat av ${round}`,
  draft:
    "Ett utkast inför resultatkonferensen, skrivet utifrån det organisationen har lagt in i Modellbot. Redigera fritt.",
  method: "Metod",
  methodRounds: (n) => `Organisationen har skattat checklistan i ${n} ${n === 1 ? "omgång" : "omgångar"}:`,
  methodNoRounds: "Organisationen har inte lämnat någon självskattning än.",
  submitted: (round, date) => `${round}, inlämnad ${date}`,
  submittedLate: (round, date) => `${round}, inlämnad ${date}, efter sista dagen`,
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
  comments: "Kommentarer till punkterna",
  commentLine: (point, round, comment) => `${point}. (${round}) ${comment}`,
  statistics: "Individbaserad statistik (steg 6)",
  statisticsLine: (reported, bySex) =>
    `${bySex} av ${reported} redovisade individbaserade statistikområden är uppdelade efter kön.`,
  routines: (list) => `Rutiner för att analysera dem: ${list}.`,
  noRoutines: "Ingen rutin för att analysera dem än.",
  routineNames: {
    budget: "budgetarbetet",
    followUp: "verksamhetsuppföljningen",
    decisions: "politiska beslut",
  },
};

export type ReportStrings = ReportWords & {
  names: {
    rounds: ReturnType<typeof resultsStrings>["rounds"];
    phases: Catalogue["phases"];
    decisions: Catalogue["decisions"];
  };
};

export function reportStrings(locale: Locale): ReportStrings {
  const names = { rounds: resultsStrings(locale).rounds, ...pick(strings(locale)) };
  return { ...(locale === "en" ? en : sv), names };
}

function pick(catalogue: Catalogue) {
  return { phases: catalogue.phases, decisions: catalogue.decisions };
}
