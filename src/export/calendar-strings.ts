// The words of the calendar files, in Swedish and English.
import type { Locale } from "../domain/round.ts";

export interface CalendarStrings {
  calendarName: (round: string, of: string) => string;
  host: (name: string) => string;
  description: string;
  descriptionText: string;
  presentation: (meeting: string) => string;
  presentationText: string;
  pdsa: (meeting: string) => string;
  pdsaText: string;
  assessment: (meeting: string) => string;
  assessmentText: string;
  statistics: string;
  statisticsText: string;
  forEvery: string;
}

const sv: CalendarStrings = {
  calendarName: (round: string, of: string) => `${round}: ${of}`,
  host: (name: string) => `Värd: ${name}.`,
  description: "Sista dag: beskrivningen av organisationen (steg 1)",
  descriptionText:
    "Beskrivningen av organisationen (fakta och nuläge) ska vara publicerad på den gemensamma plattformen senast i dag (skriv beskrivning).",
  presentation: (meeting: string) => `Sista dag: presentationen inför ${meeting.toLowerCase()}`,
  presentationText: "Presentationen ska vara publicerad på den gemensamma plattformen senast i dag.",
  pdsa: (meeting: string) => `Sista dag: PGSA-uppdateringen inför ${meeting.toLowerCase()}`,
  pdsaText: "Skicka en uppdatering av förbättringsarbetet med PGSA senast i dag (skriv pgsa).",
  assessment: (meeting: string) => `Sista dag: självskattningen inför ${meeting.toLowerCase()}`,
  assessmentText: "Gruppens självskattning på checklistan ska vara inskickad senast i dag (skriv bedöm).",
  statistics: "Sista dag: individbaserad statistik (steg 6)",
  statisticsText: "Rapportera den individbaserade statistiken senast i dag (skriv statistik).",
  forEvery: "Gäller varje organisation i klustret.",
};

const en: CalendarStrings = {
  calendarName: (round, of) => `${round}: ${of}`,
  host: (name) => `Host: ${name}.`,
  description: "Deadline: description of the organisation (step 1)",
  descriptionText:
    "The description of the organisation (facts and where it stands) must be published on the shared platform by today (type description).",
  presentation: (meeting) => `Deadline: presentation for ${meeting.toLowerCase()}`,
  pdsa: (meeting) => `Deadline: PDSA update for ${meeting.toLowerCase()}`,
  pdsaText: "Send an update of the PDSA improvement work by today (type pdsa).",
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
