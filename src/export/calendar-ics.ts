// A cluster's or an organisation's meetings and deadlines as an iCalendar file, written by ical-generator.
// Each event's UID is made of the round, the organisation or cluster, the meeting and the kind, so that a
// calendar importing the file again updates its events instead of adding copies.
import ical, { type ICalCalendar } from "ical-generator";
import { strings } from "../../cards/strings.ts";
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import { clusterMeetings } from "../domain/calendar.ts";
import type { DueItemKind } from "../domain/due-before.ts";
import type { Cluster, Locale, Organisation, Round } from "../domain/round.ts";
import { type DeadlineItem, deadlineItems } from "../domain/round-deadlines.ts";
import { type CalendarStrings, calendarStrings } from "./calendar-strings.ts";

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
  const meetings = strings(locale).meetings;
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
    const name = meetings[meeting.id];
    day(meeting.date, uid(meeting.id, "meeting"), name, meeting.host ? t.host(nameOf(meeting.host)) : "");
  }
  // Every item of the round's deadline list, as the reminders and the dashboard have it.
  for (const item of deadlineItems(round, cluster)) {
    const event = deadlineEvent(t, item.kind, meetings[item.meeting]);
    day(item.date, uid(eventKey(item), item.kind), event.summary, event.description + scope);
  }
  return calendar;
}

/**
 * The part of an event's UID that names what is due: the meeting, or for a self-assessment its round (the
 * UIDs files made before kept), so that importing a newer file updates the same events.
 */
function eventKey(item: DeadlineItem): string {
  if (item.kind !== "assessment") return item.meeting;
  return ASSESSMENT_ROUNDS.find((id) => ASSESSMENT_ROUND_MEETING[id] === item.meeting) ?? item.meeting;
}

function deadlineEvent(
  t: CalendarStrings,
  kind: DueItemKind,
  meeting: string,
): { summary: string; description: string } {
  switch (kind) {
    case "description":
      return { summary: t.description, description: t.descriptionText };
    case "presentation":
      return { summary: t.presentation(meeting), description: t.presentationText };
    case "assessment":
      return { summary: t.assessment(meeting), description: t.assessmentText };
    case "pdsa":
      return { summary: t.pdsa(meeting), description: t.pdsaText };
    case "statistics":
      return { summary: t.statistics, description: t.statisticsText };
  }
}
