// A cluster's or an organisation's meetings and deadlines as an iCalendar file, written by ical-generator.
// Each event's UID is made of the round, the organisation or cluster, the meeting and the kind, so that a
// calendar importing the file again updates its events instead of adding copies.
import ical, { type ICalCalendar } from "ical-generator";
import { strings } from "../../cards/strings.ts";
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import { assessmentRoundDue, clusterMeetings, presentationDeadline } from "../domain/calendar.ts";
import type { Cluster, Locale, Organisation, Round } from "../domain/round.ts";
import { calendarStrings } from "./calendar-strings.ts";

export interface CalendarRequest {
  round: Round;
  cluster: Cluster;
  /** The organisation's own file; absent: the cluster's, its deadlines once for every organisation. */
  organisation?: Organisation | undefined;
  locale: Locale;
  /** The DTSTAMP of every event: when the file was made. */
  now: Date;
}

const UID_DOMAIN = "modellbot";

export function calendarIcs(request: CalendarRequest): string {
  return buildCalendar(request).toString();
}

export function calendarFileName(
  request: Pick<CalendarRequest, "round" | "cluster" | "organisation">,
): string {
  return `${request.round.id}-${request.organisation?.id ?? request.cluster.id}.ics`;
}

function buildCalendar({ round, cluster, organisation, locale, now }: CalendarRequest): ICalCalendar {
  const t = calendarStrings(locale);
  const owner = organisation?.id ?? `cluster-${cluster.id}`;
  const calendar = ical({
    name: t.calendarName(round.name, organisation?.name ?? cluster.name),
    timezone: round.timeZone,
    prodId: { company: "modellbot", product: "modellbot", language: locale.toUpperCase() },
  });
  const uid = (meeting: string, kind: string) => `${round.id}.${owner}.${meeting}.${kind}@${UID_DOMAIN}`;
  const nameOf = (id: string) => round.organisations.find((o) => o.id === id)?.name ?? id;
  const day = (date: string, id: string, summary: string, description: string) =>
    calendar.createEvent({ id, start: date, allDay: true, summary, description, stamp: now });
  const scope = organisation ? "" : ` ${t.forEvery}`;
  for (const meeting of clusterMeetings(round, cluster)) {
    const name = strings(locale).meetings[meeting.id];
    day(meeting.date, uid(meeting.id, "meeting"), name, meeting.host ? t.host(nameOf(meeting.host)) : "");
    if (!meeting.id.startsWith("benchmarking-")) continue;
    const deadline = presentationDeadline(meeting.date);
    day(deadline, uid(meeting.id, "presentation"), t.presentation(name), t.presentationText + scope);
    if (meeting.id === "benchmarking-3")
      day(deadline, uid(meeting.id, "statistics"), t.statistics, t.statisticsText + scope);
  }
  for (const id of ASSESSMENT_ROUNDS) {
    const due = assessmentRoundDue(round, cluster, id);
    if (!due) continue;
    const name = strings(locale).meetings[ASSESSMENT_ROUND_MEETING[id]];
    day(due, uid(id, "assessment"), t.assessment(name), t.assessmentText + scope);
  }
  return calendar;
}
