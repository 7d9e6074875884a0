// The dashboard pages' words, in Swedish and English (meeting, round, step and phase names come from the
// cards' catalogue, so that chat and page say the same).
import { sentence, strings } from "../../cards/strings.ts";
import type { Locale } from "../domain/round.ts";

export interface DashboardStrings {
  htmlLang: string;
  otherLanguage: {
    label: string;
    lang: Locale;
  };
  skip: string;
  dashboard: string;
  scope: {
    round: string;
    cluster: string;
    organisation: string;
  };
  forPerson: (name: string, until: string) => string;
  step: (n: number, name: string) => string;
  concluded: string;
  next: (meeting: string, date: string) => string;
  deadline: (date: string, items: string) => string;
  clusterPage: (cluster: string) => string;
  calendar: (of: string) => string;
  organisations: (cluster: string) => string;
  organisation: string;
  mentor: string;
  totals: string;
  ready: string;
  pdsa: string;
  presentations: string;
  yes: string;
  no: string;
  none: string;
  dueTable: (cluster: string) => string;
  dueKind: {
    description: string;
    presentation: string;
    assessment: string;
    pdsa: string;
    statistics: string;
  };
  meetingShort: {
    "start-up": string;
    "benchmarking-1": string;
    "benchmarking-2": string;
    "benchmarking-3": string;
    "results-conference": string;
  };
  more: (org: string) => string;
  state: {
    done: string;
    "done-late": string;
    missing: string;
    late: string;
    missed: string;
  };
  history: (org: string) => string;
  back: string;
  chartHeading: (org: string) => string;
  chartAlt: (org: string) => string;
  point: string;
  shift: string;
  noScores: string;
  tableCaption: (org: string) => string;
  refusedTitle: string;
  refused: {
    missing: string;
    invalid: string;
    expired: string;
    revoked: string;
    unknown: string;
    notYours: string;
    notFound: string;
  };
}

const sv: DashboardStrings = {
  htmlLang: "sv",
  otherLanguage: { label: "In English", lang: "en" as Locale },
  skip: "Hoppa till innehållet",
  dashboard: "Översikt",
  scope: { round: "Hela omgången", cluster: "Ditt kluster", organisation: "Din organisation" },
  forPerson: (name: string, until: string) => `Personlig sida för ${name}. Länken gäller till ${until}.`,
  step: (n: number, name: string) => `Steg ${n} av 8: ${sentence(name)}`,
  concluded: "Omgången är avslutad.",
  next: (meeting: string, date: string) => `Nästa möte: ${meeting}, ${date}.`,
  deadline: (date: string, items: string) => `Att lämna in senast ${date}: ${items}.`,
  clusterPage: (cluster: string) => `Diagram per checklistpunkt för ${cluster}`,
  calendar: (of: string) => `Kalender för ${of} (.ics)`,
  organisations: (cluster: string) => `Organisationerna i ${cluster}`,
  organisation: "Organisation",
  mentor: "mentor",
  totals: "Summa per skattning",
  ready: "Redo att bli modell",
  pdsa: "PGSA-fas",
  presentations: "Presentationer",
  yes: "ja",
  no: "nej",
  none: "–",
  dueTable: (cluster: string) => `Att lämna i ${cluster}: klart, inte klart än eller sent`,
  dueKind: {
    description: "Beskrivning",
    presentation: "Presentation",
    assessment: "Självskattning",
    pdsa: "PGSA",
    statistics: "Statistik",
  },
  meetingShort: {
    "start-up": "Start",
    "benchmarking-1": "BM 1",
    "benchmarking-2": "BM 2",
    "benchmarking-3": "BM 3",
    "results-conference": "Resultatkonf.",
  },
  more: (org: string) => `Kalender och historik för ${org}`,
  state: {
    done: "klar",
    "done-late": "klar, försenad",
    missing: "inte klar än",
    late: "försenad",
    missed: strings("sv").neverHandedIn,
  },
  history: (org: string) => `Historik för ${org}`,
  back: "Tillbaka till översikten",
  chartHeading: (org: string) => `${org}: poäng per punkt och skattning`,
  chartAlt: (org: string) =>
    `Stapeldiagram: ${org}s poäng per checklistpunkt i varje skattning. Samma siffror står i tabellen.`,
  point: "Punkt",
  shift: "Förändring",
  noScores: "Ingen skattning är inskickad ännu.",
  tableCaption: (org: string) => `${org}: poäng per punkt (tabell)`,
  refusedTitle: "Länken fungerar inte",
  refused: {
    missing: "Sidan öppnas bara med en personlig länk. Skriv översikt till boten i chatten för att få en.",
    invalid: "Länken är ändrad eller ofullständig. Skriv översikt till boten i chatten för att få en ny.",
    expired:
      "Länken har gått ut (den gäller ett dygn). Skriv översikt till boten i chatten för att få en ny.",
    revoked: "Länken är återkallad. Skriv översikt till boten i chatten för att få en ny.",
    unknown: "Länken hör inte till någon som är med i omgången nu.",
    notYours: "Det här ingår inte i det du får se. Inget visades.",
    notFound: "Det finns ingen sådan sida.",
  },
};

const en: DashboardStrings = {
  htmlLang: "en",
  otherLanguage: { label: "På svenska", lang: "sv" },
  skip: "Skip to the content",
  dashboard: "Dashboard",
  scope: { round: "The whole round", cluster: "Your cluster", organisation: "Your organisation" },
  forPerson: (name, until) => `Personal page for ${name}. The link works until ${until}.`,
  step: (n, name) => `Step ${n} of 8: ${sentence(name)}`,
  concluded: "The round has concluded.",
  next: (meeting, date) => `Next meeting: ${meeting}, ${date}.`,
  deadline: (date, items) => `Due by ${date}: ${items}.`,
  clusterPage: (cluster) => `Chart per checklist point for ${cluster}`,
  calendar: (of) => `Calendar for ${of} (.ics)`,
  organisations: (cluster) => `The organisations of ${cluster}`,
  organisation: "Organisation",
  mentor: "mentor",
  totals: "Total per self-assessment",
  ready: "Ready to be a model",
  pdsa: "PDSA phase",
  presentations: "Presentations",
  yes: "yes",
  no: "no",
  none: "–",
  dueTable: (cluster) => `Due in ${cluster}: done, not done yet or late`,
  dueKind: {
    description: "Description",
    presentation: "Presentation",
    assessment: "Self-assessment",
    pdsa: "PDSA",
    statistics: "Statistics",
  },
  meetingShort: {
    "start-up": "Start",
    "benchmarking-1": "BM 1",
    "benchmarking-2": "BM 2",
    "benchmarking-3": "BM 3",
    "results-conference": "Results conf.",
  },
  more: (org) => `Calendar and history of ${org}`,
  state: {
    done: "done",
    "done-late": "done, late",
    missing: "not done yet",
    late: "late",
    missed: strings("en").neverHandedIn,
  },
  history: (org) => `History of ${org}`,
  back: "Back to the dashboard",
  chartHeading: (org) => `${org}: score per point and self-assessment`,
  chartAlt: (org) =>
    `Bar chart: ${org}'s score per checklist point in each self-assessment. The table has the same figures.`,
  point: "Point",
  shift: "Shift",
  noScores: "No self-assessment has been submitted yet.",
  tableCaption: (org) => `${org}: score per point (table)`,
  refusedTitle: "This link does not work",
  refused: {
    missing: "This page opens only with a personal link. Type dashboard to the bot in the chat to get one.",
    invalid:
      "The link has been altered or is incomplete. Type dashboard to the bot in the chat to get a new one.",
    expired:
      "The link has expired (it works for a day). Type dashboard to the bot in the chat to get a new one.",
    revoked: "The link has been revoked. Type dashboard to the bot in the chat to get a new one.",
    unknown: "The link belongs to nobody who takes part in the round now.",
    notYours: "This is not part of what you may see. Nothing was shown.",
    notFound: "There is no such page.",
  },
};

export function dashboardStrings(locale: Locale): DashboardStrings {
  return locale === "sv" ? sv : en;
}

export type RefusalReason = keyof DashboardStrings["refused"];
