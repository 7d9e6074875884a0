// The words of the dashboard link, history and calendar cards, and of what `status` shows about each
// organisation's deadlines and work that came late or never came, in Swedish and English.
import type { Locale } from "../src/domain/round.ts";
import { capitalised, strings } from "./strings.ts";

export interface HistoryStrings {
  linkTitle: string;
  linkSummary: string;
  linkText: (until: string) => string;
  open: string;
  historyTitle: (organisation: string) => string;
  historySummary: (organisation: string) => string;
  assessmentHeading: (round: string) => string;
  noVersions: string;
  version: string;
  who: string;
  when: string;
  changed: string;
  late: string;
  onTime: string;
  lateColumn: string;
  comment: string;
  pdsaHeading: string;
  noCycles: string;
  area: string;
  cycle: string;
  phase: string;
  updates: string;
  lastUpdate: string;
  calendarTitle: (of: string) => string;
  calendarSummary: (of: string) => string;
  calendarText: string;
  calendarLink: string;
  noRound: string;
  presentationLinks: string;
  newest: (shown: number, of: number) => string;
  /** When the organisation last handed in anything (a form, a link): not when its presentations changed. */
  lastUpdated: string;
  /** `status` when the next meeting has no presentation deadline (the start-up, the conference). */
  dueBy: string;
  dueByValue: (date: string, items: string) => string;
  neverCameHeading: string;
  neverCameItem: (item: string, meeting: string) => string;
}

const sv: HistoryStrings = {
  linkTitle: "Din översikt",
  linkSummary: "En personlig länk till översikten",
  linkText: (until: string) =>
    `Länken är personlig: dela den inte. Den visar det du får se och gäller till ${until}.`,
  open: "Öppna översikten",
  historyTitle: (organisation: string) => `Historik: ${organisation}`,
  historySummary: (organisation: string) => `Självskattningens versioner och PGSA-cykler för ${organisation}`,
  assessmentHeading: (round: string) => `Versioner av ${round.toLowerCase()}`,
  noVersions: "Ingen version är inskickad ännu.",
  version: "Version",
  who: "Vem",
  when: "När",
  changed: "Ändrat",
  late: "försenad",
  onTime: "i tid",
  lateColumn: "Inlämning",
  comment: "kommentar",
  pdsaHeading: "PGSA-cykler",
  noCycles: "Inga PGSA-uppdateringar ännu.",
  area: "Område",
  cycle: "Cykel",
  phase: "Fas",
  updates: "Uppdateringar",
  lastUpdate: "Senast",
  calendarTitle: (of: string) => `Kalender: ${of}`,
  calendarSummary: (of: string) => `Möten och deadlines för ${of} som kalenderfil`,
  calendarText:
    "Importera filen i Outlook eller din kalender. Importerar du en nyare fil uppdateras samma händelser i stället för att dubbleras.",
  calendarLink: "Hämta kalenderfilen",
  noRound: "ingen omgång öppen",
  presentationLinks: "Presentationer",
  newest: (shown: number, of: number) =>
    `De ${shown} senaste av ${of}. Alla finns på översikten (skriv översikt).`,
  lastUpdated: "Senaste inlämning",
  dueBy: "Att lämna in senast",
  dueByValue: (date: string, items: string) => `${date} (${items})`,
  neverCameHeading: capitalised(strings("sv").neverHandedIn),
  neverCameItem: (item: string, meeting: string) => `${item} inför ${meeting}`,
};

const en: HistoryStrings = {
  linkTitle: "Your dashboard",
  linkSummary: "A personal link to the dashboard",
  linkText: (until) =>
    `The link is personal: do not share it. It shows what you may see and works until ${until}.`,
  open: "Open the dashboard",
  historyTitle: (organisation) => `History: ${organisation}`,
  historySummary: (organisation) => `The self-assessment's versions and PDSA cycles of ${organisation}`,
  assessmentHeading: (round) => `Versions of the ${round.toLowerCase()}`,
  noVersions: "No version has been submitted yet.",
  version: "Version",
  who: "Who",
  when: "When",
  changed: "Changed",
  late: "late",
  onTime: "on time",
  lateColumn: "Handed in",
  comment: "comment",
  pdsaHeading: "PDSA cycles",
  noCycles: "No PDSA updates yet.",
  area: "Area",
  cycle: "Cycle",
  phase: "Phase",
  updates: "Updates",
  lastUpdate: "Latest",
  calendarTitle: (of) => `Calendar: ${of}`,
  calendarSummary: (of) => `Meetings and deadlines of ${of} as a calendar file`,
  calendarText:
    "Import the file into Outlook or your calendar. Importing a newer file updates the same events instead of adding copies.",
  calendarLink: "Get the calendar file",
  noRound: "no round open",
  presentationLinks: "Presentations",
  newest: (shown, of) => `The newest ${shown} of ${of}. The dashboard has them all (type dashboard).`,
  lastUpdated: "Last submission",
  dueBy: "Due by",
  dueByValue: (date, items) => `${date} (${items})`,
  neverCameHeading: capitalised(strings("en").neverHandedIn),
  neverCameItem: (item, meeting) => `${item} for ${meeting}`,
};

export function historyStrings(locale: Locale): HistoryStrings {
  return locale === "sv" ? sv : en;
}
