// The words of the calendar files, in Swedish and English.
import type { Locale, MeetingId } from "../domain/round.ts";

const sv = {
  calendarName: (round: string, of: string) => `${round}: ${of}`,
  meeting: {
    "start-up": "Startmöte",
    "benchmarking-1": "Benchmarkingmöte 1",
    "benchmarking-2": "Benchmarkingmöte 2",
    "benchmarking-3": "Benchmarkingmöte 3",
    "results-conference": "Resultatkonferens",
  } satisfies Record<MeetingId, string>,
  host: (name: string) => `Värd: ${name}.`,
  presentation: (meeting: string) => `Deadline: presentationen inför ${meeting.toLowerCase()}`,
  presentationText: "Presentationen ska vara publicerad på den gemensamma plattformen senast i dag.",
  assessment: (meeting: string) => `Deadline: självskattningen inför ${meeting.toLowerCase()}`,
  assessmentText: "Gruppens självskattning på checklistan ska vara inskickad senast i dag (skriv bedöm).",
  statistics: "Deadline: individbaserad statistik (steg 6)",
  statisticsText: "Rapportera den individbaserade statistiken senast i dag (skriv statistik).",
  forEvery: "Gäller varje organisation i klustret.",
};

type CalendarStrings = typeof sv;

const en: CalendarStrings = {
  calendarName: (round, of) => `${round}: ${of}`,
  meeting: {
    "start-up": "Start-up meeting",
    "benchmarking-1": "Benchmarking meeting 1",
    "benchmarking-2": "Benchmarking meeting 2",
    "benchmarking-3": "Benchmarking meeting 3",
    "results-conference": "Results conference",
  },
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
