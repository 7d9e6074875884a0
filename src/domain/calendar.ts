// A cluster's calendar at an instant: which meetings have passed, the next meeting, the open
// self-assessment round and when each round is due. The step logic lives in current-step.ts.
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS, type AssessmentRoundId } from "./assessment.ts";
import { endOfLocalDay } from "./local-date.ts";
import { clusterMeetings, isBenchmarkingMeeting, meetingDate, presentationDeadline } from "./meetings.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "./round.ts";
import { meetingDeadline } from "./round-deadlines.ts";

export {
  type CurrentStep,
  currentStep,
  explainStep,
  STEP_COUNT,
  type StepChange,
  type StepChangeReason,
  type StepExplanation,
  type StepNumber,
  type StepOverrideInput,
  stepChanges,
} from "./current-step.ts";
export {
  clusterMeetings,
  INVITATION_LEAD_DAYS,
  invitationDay,
  type Meeting,
  meetingDate,
  PRESENTATION_LEAD_DAYS,
  presentationDeadline,
} from "./meetings.ts";

/** A meeting on day D has passed at the end of D, local midnight in the round's time zone. */
export function hasPassed(date: IsoDate, timeZone: string, instant: Date): boolean {
  return instant.getTime() >= endOfLocalDay(date, timeZone).toMillis();
}

export interface NextMeeting {
  id: MeetingId;
  date: IsoDate;
  host?: string | undefined;
  /** Benchmarking meetings only: the day every participant's presentation is due. */
  presentationDeadline?: IsoDate | undefined;
}

/** A cluster's meetings with the instant each has passed, and the meeting each assessment round prepares. */
interface ClusterCalendar {
  next: NextMeeting[];
  /** Epoch ms of the end of each meeting's day (NaN for a date that is none). */
  passedAtMs: number[];
  rounds: { id: AssessmentRoundId; passedAtMs: number }[];
}

/**
 * A status asks every cluster's calendar on every request (an overview: a hundred clusters); it depends
 * only on the zone and the cluster's meetings. The key spells each value with its length, so no id or date
 * can run into the next.
 */
const CALENDARS = new Map<string, ClusterCalendar>();
const CALENDARS_KEPT = 10_000;

function part(value: string | undefined): string {
  return value === undefined ? "-" : `${value.length}:${value}`;
}

function clusterCalendar(round: Round, cluster: Cluster): ClusterCalendar {
  let key = `${part(round.timeZone)}${part(round.startUp)}${part(round.resultsConference)}`;
  for (const m of cluster.meetings) key += `${part(m.id)}${part(m.date)}${part(m.host)}`;
  const known = CALENDARS.get(key);
  if (known) return known;
  const meetings = clusterMeetings(round, cluster);
  const passedAt = (date: IsoDate) => endOfLocalDay(date, round.timeZone).toMillis();
  const calendar: ClusterCalendar = {
    next: meetings.map((meeting) => ({
      ...meeting,
      presentationDeadline: isBenchmarkingMeeting(meeting.id)
        ? presentationDeadline(meeting.date)
        : undefined,
    })),
    passedAtMs: meetings.map((m) => passedAt(m.date)),
    rounds: ASSESSMENT_ROUNDS.flatMap((id) => {
      const date = meetingDate(round, cluster, ASSESSMENT_ROUND_MEETING[id]);
      return date === undefined ? [] : [{ id, passedAtMs: passedAt(date) }];
    }),
  };
  if (CALENDARS.size >= CALENDARS_KEPT) CALENDARS.clear();
  CALENDARS.set(key, calendar);
  return calendar;
}

/** The first of the cluster's meetings that has not passed; undefined once the conference has. */
export function nextMeeting(round: Round, cluster: Cluster, instant: Date): NextMeeting | undefined {
  const { next, passedAtMs } = clusterCalendar(round, cluster);
  const now = instant.getTime();
  // As hasPassed: a meeting whose end is unknown (NaN) has not passed.
  const meeting = next[passedAtMs.findIndex((end) => !(now >= end))];
  return meeting && { ...meeting };
}

/** The self-assessment round open at `instant`: each stays open until the meeting it prepares has passed. */
export function openAssessmentRound(
  round: Round,
  cluster: Cluster,
  instant: Date,
): AssessmentRoundId | undefined {
  const now = instant.getTime();
  return clusterCalendar(round, cluster).rounds.find((r) => !(now >= r.passedAtMs))?.id;
}

/** The day a self-assessment round is due: the deadline of the meeting it prepares (round-deadlines.ts). */
export function assessmentRoundDue(
  round: Round,
  cluster: Cluster,
  id: AssessmentRoundId,
): IsoDate | undefined {
  const meeting = ASSESSMENT_ROUND_MEETING[id];
  const date = meetingDate(round, cluster, meeting);
  return date === undefined ? undefined : meetingDeadline({ id: meeting, date })?.date;
}
