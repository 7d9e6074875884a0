// When work counts as late: anything handed in after the end of its deadline's day (local time). Late
// work is kept like any other and carries a mark; the day after the deadline is the first late day.
import { ASSESSMENT_ROUND_MEETING, type AssessmentRoundId } from "./assessment.ts";
import { addDays, endOfLocalDay } from "./local-date.ts";
import { meetingDate } from "./meetings.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "./round.ts";
import { meetingDeadline } from "./round-deadlines.ts";

/** Whether `at` (an ISO instant) is after the end of `deadline` in the round's time zone. */
export function isAfterDeadline(at: string, deadline: IsoDate, timeZone: string): boolean {
  return Date.parse(at) >= endOfLocalDay(deadline, timeZone).toMillis();
}

/** The day the items for a meeting are due (round-deadlines.ts), as every reminder says. */
export function itemDeadline(round: Round, cluster: Cluster, meeting: MeetingId): IsoDate | undefined {
  const date = meetingDate(round, cluster, meeting);
  return date === undefined ? undefined : meetingDeadline({ id: meeting, date })?.date;
}

/** Whether work for `meeting`, handed in at `at`, was late. */
export function handedInLate(round: Round, cluster: Cluster, meeting: MeetingId, at: string): boolean {
  const deadline = itemDeadline(round, cluster, meeting);
  return deadline !== undefined && isAfterDeadline(at, deadline, round.timeZone);
}

export function assessmentLate(
  round: Round,
  cluster: Cluster,
  assessmentRound: AssessmentRoundId,
  submittedAt: string,
): boolean {
  return handedInLate(round, cluster, ASSESSMENT_ROUND_MEETING[assessmentRound], submittedAt);
}

/** When a presentation or description was published: its first mark, however often the link was corrected. */
export function publishedAt(mark: { markedAt: string; firstMarkedAt?: string | undefined }): string {
  return mark.firstMarkedAt ?? mark.markedAt;
}

/** The first late day of an item due on `deadline`. */
export function lateSince(deadline: IsoDate): IsoDate {
  return addDays(deadline, 1);
}
