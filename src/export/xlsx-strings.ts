// The workbook's sheet names and column headers, in Swedish and English (at most 31 characters per sheet
// name, Excel's limit).
import { strings } from "../../cards/strings.ts";
import type { DueItemKind } from "../domain/due-before.ts";
import type { Locale } from "../domain/round.ts";
import type { OpenLateItem } from "./open-late-items.ts";

export interface XlsxStrings {
  sheets: {
    assessments: string;
    shift: string;
    readiness: string;
    pdsa: string;
    presentations: string;
    statistics: string;
    late: string;
  };
  item: string;
  forWhat: string;
  lateState: string;
  /** What each row of the late sheet is about, and where it stands. */
  items: Record<DueItemKind, string>;
  lateStates: Record<OpenLateItem["state"], string>;
  deadline: string;
  handedInAt: string;
  daysLate: string;
  email: string;
  cluster: string;
  organisation: string;
  mentor: string;
  assessmentRound: string;
  point: string;
  pointTitle: string;
  score: string;
  comment: string;
  submittedAt: string;
  submittedBy: string;
  version: string;
  total: string;
  max: string;
  shift: string;
  lowest: string;
  top: string;
  ready: string;
  area: string;
  points: string;
  cycle: string;
  phase: string;
  startedOn: string;
  endedOn: string;
  aim: string;
  prediction: string;
  measure: string;
  result: string;
  learned: string;
  decision: string;
  meeting: string;
  link: string;
  markedBy: string;
  markedAt: string;
  reported: string;
  bySex: string;
  share: string;
  budget: string;
  followUp: string;
  decisions: string;
  yes: string;
  no: string;
  checklist: string;
}

const sv: XlsxStrings = {
  sheets: {
    assessments: "Självskattningar",
    shift: "Förändring",
    readiness: "Redo att bli modell",
    pdsa: "PGSA-cykler",
    presentations: "Presentationer",
    statistics: "Statistik",
    late: "Sent",
  },
  item: "Vad",
  forWhat: "Inför",
  lateState: "Läge",
  items: {
    description: "Beskrivning av organisationen",
    presentation: "Presentation",
    assessment: "Självskattning",
    pdsa: "PGSA-uppdatering",
    statistics: "Individbaserad statistik",
  },
  lateStates: {
    "done-late": "inlämnad efter sista dagen",
    late: "saknas, sista dagen har passerat",
    missed: strings("sv").neverHandedIn,
  },
  deadline: "Sista dag",
  handedInAt: "Inlämnad",
  daysLate: "Dagar efter sista dagen",
  email: "E-post",
  cluster: "Kluster",
  organisation: "Organisation",
  mentor: "Mentor",
  assessmentRound: "Skattning",
  point: "Punkt",
  pointTitle: "Punktens lydelse",
  score: "Poäng",
  comment: "Kommentar",
  submittedAt: "Inskickad",
  submittedBy: "Av",
  version: "Version",
  total: "Summa",
  max: "Max",
  shift: "Förändring sedan förra",
  lowest: "Punkter på lägsta nivån",
  top: "Punkter på högsta nivån",
  ready: "Redo",
  area: "Förbättringsområde",
  points: "Punkter",
  cycle: "Cykel",
  phase: "Fas",
  startedOn: "Startad",
  endedOn: "Avslutad",
  aim: "Mål",
  prediction: "Förutsägelse",
  measure: "Mått",
  result: "Resultat",
  learned: "Lärdomar",
  decision: "Beslut",
  meeting: "Möte",
  link: "Länk",
  markedBy: "Markerad av",
  markedAt: "Markerad",
  reported: "Redovisad statistik (antal)",
  bySex: "Varav könsuppdelad",
  share: "Andel könsuppdelad",
  budget: "Rutin: budget",
  followUp: "Rutin: uppföljning",
  decisions: "Rutin: beslut",
  yes: "ja",
  no: "nej",
  checklist: "Checklista",
};

const en: XlsxStrings = {
  sheets: {
    assessments: "Self-assessments",
    shift: "Shift",
    readiness: "Readiness",
    pdsa: "PDSA cycles",
    presentations: "Presentations",
    statistics: "Statistics",
    late: "Late",
  },
  item: "What",
  forWhat: "For",
  lateState: "State",
  items: {
    description: "Description of the organisation",
    presentation: "Presentation",
    assessment: "Self-assessment",
    pdsa: "PDSA update",
    statistics: "Individual-based statistics",
  },
  lateStates: {
    "done-late": "handed in after the deadline",
    late: "missing, deadline passed",
    missed: strings("en").neverHandedIn,
  },
  deadline: "Deadline",
  handedInAt: "Handed in",
  daysLate: "Days after the deadline",
  email: "E-mail",
  cluster: "Cluster",
  organisation: "Organisation",
  mentor: "Mentor",
  assessmentRound: "Self-assessment",
  point: "Point",
  pointTitle: "Point wording",
  score: "Score",
  comment: "Comment",
  submittedAt: "Submitted",
  submittedBy: "By",
  version: "Version",
  total: "Total",
  max: "Max",
  shift: "Shift since the previous",
  lowest: "Points at the lowest level",
  top: "Points at the top level",
  ready: "Ready",
  area: "Improvement area",
  points: "Points",
  cycle: "Cycle",
  phase: "Phase",
  startedOn: "Started",
  endedOn: "Ended",
  aim: "Aim",
  prediction: "Prediction",
  measure: "Measure",
  result: "Result",
  learned: "Learned",
  decision: "Decision",
  meeting: "Meeting",
  link: "Link",
  markedBy: "Marked by",
  markedAt: "Marked",
  reported: "Statistics reported (count)",
  bySex: "Of which by sex",
  share: "Share by sex",
  budget: "Routine: budget",
  followUp: "Routine: follow-up",
  decisions: "Routine: decisions",
  yes: "yes",
  no: "no",
  checklist: "Checklist",
};

export function xlsxStrings(locale: Locale): XlsxStrings {
  return locale === "sv" ? sv : en;
}
