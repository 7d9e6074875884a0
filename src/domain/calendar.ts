// A cluster's calendar at an instant: which meetings have passed, the next meeting, the open
// self-assessment round and when each round is due. The step logic lives in current-step.ts.
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS, type AssessmentRoundId } from "./assessment.ts";
import { endOfLocalDay } from "./local-date.ts";
import { clusterMeetings, isBenchmarkingMeeting, meetingDate, presentationDeadline } from "./meetings.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "./round.ts";

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

/** The first of the cluster's meetings that has not passed; undefined once the conference has. */
export function nextMeeting(round: Round, cluster: Cluster, instant: Date): NextMeeting | undefined {
  const meeting = clusterMeetings(round, cluster).find((m) => !hasPassed(m.date, round.timeZone, instant));
  if (!meeting) return undefined;
  return {
    ...meeting,
    presentationDeadline: isBenchmarkingMeeting(meeting.id) ? presentationDeadline(meeting.date) : undefined,
  };
}

/** The self-assessment round open at `instant`: each stays open until the meeting it prepares has passed. */
export function openAssessmentRound(
  round: Round,
  cluster: Cluster,
  instant: Date,
): AssessmentRoundId | undefined {
  return ASSESSMENT_ROUNDS.find((id) => {
    const date = meetingDate(round, cluster, ASSESSMENT_ROUND_MEETING[id]);
    return date !== undefined && !hasPassed(date, round.timeZone, instant);
  });
}

/** The day a self-assessment round is due: the presentation deadline of the meeting it prepares. */
export function assessmentRoundDue(
  round: Round,
  cluster: Cluster,
  id: AssessmentRoundId,
): IsoDate | undefined {
  const date = meetingDate(round, cluster, ASSESSMENT_ROUND_MEETING[id]);
  return date === undefined ? undefined : presentationDeadline(date);
}
