// The words of the calendar files, in Swedish and English.
import type { Locale } from "../domain/round.ts";

export interface CalendarStrings {
  calendarName: (round: string, of: string) => string;
  host: (name: string) => string;
  presentation: (meeting: string) => string;
  presentationText: string;
  assessment: (meeting: string) => string;
  assessmentText: string;
  statistics: string;
  statisticsText: string;
  forEvery: string;
}

const sv: CalendarStrings = {
  calendarName: (round: string, of: string) => `${round}: ${of}`,
  host: (name: string) => `Värd: ${name}.`,
  presentation: (meeting: string) => `Deadline: presentationen inför ${meeting.toLowerCase()}`,
  presentationText: "Presentationen ska vara publicerad på den gemensamma plattformen senast i dag.",
  assessment: (meeting: string) => `Deadline: självskattningen inför ${meeting.toLowerCase()}`,
  assessmentText: "Gruppens självskattning på checklistan ska vara inskickad senast i dag (skriv bedöm).",
  statistics: "Deadline: individbaserad statistik (steg 6)",
  statisticsText: "Rapportera den individbaserade statistiken senast i dag (skriv statistik).",
  forEvery: "Gäller varje organisation i klustret.",
};

const en: CalendarStrings = {
  calendarName: (round, of) => `${round}: ${of}`,
  host: (name) => `Host: ${name}.`,
  presentation: (meeting) => `Deadline: presentation for ${meeting.toLowerCase()}`,
  presentationText: "The presentation must be published on the shared platform by today.",
  assessment: (meeting) => `Deadline: self-assessment for ${meeting.toLowerCase()}`,
  assessmentText: "The group's self-assessment on the checklist must be submitted by today (type assess).",
  statistics: "Deadline: individual-based statistics (step 6)",
  statisticsText: "Report the individual-based statistics by today (type stats).",
  forEvery: "For every organisation of the cluster.",
};

export function calendarStrings(locale: Locale): CalendarStrings {
  return locale === "sv" ? sv : en;
}
