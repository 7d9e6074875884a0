// What an organisation owes before a meeting, and whether each item is done: the basis of `guide`,
// the App Home and every reminder.
import type { DueItem } from "../../cards/view-models.ts";
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import { clusterMeetings, presentationDeadline } from "../domain/calendar.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import type { Cluster, MeetingId } from "../domain/round.ts";
import { isPublished, type RoundState } from "./round-state.ts";

/** PDSA work is asked for between meetings: from benchmarking meeting 2 on. */
const PDSA_BEFORE: readonly MeetingId[] = ["benchmarking-2", "benchmarking-3", "results-conference"];

export function dueItems(
  state: RoundState,
  cluster: Cluster,
  organisationId: string,
  meeting: MeetingId,
): DueItem[] {
  const meetings = clusterMeetings(state.round, cluster);
  const index = meetings.findIndex((m) => m.id === meeting);
  const current = meetings[index];
  if (!current) return [];
  const deadline = presentationDeadline(current.date);
  const items: DueItem[] = [];
  if (meeting.startsWith("benchmarking-")) {
    items.push({ kind: "presentation", date: deadline, done: isPublished(state, organisationId, meeting) });
  }
  const assessmentRound = ASSESSMENT_ROUNDS.find((id) => ASSESSMENT_ROUND_MEETING[id] === meeting);
  if (assessmentRound) {
    const done = state.assessments.get(organisationId)?.has(assessmentRound) ?? false;
    items.push({ kind: "assessment", date: deadline, done });
  }
  const previous = meetings[index - 1];
  if (PDSA_BEFORE.includes(meeting) && previous) {
    const since = endOfLocalDay(previous.date, state.round.timeZone).toISO() ?? previous.date;
    const done = (state.pdsa.get(organisationId) ?? []).some(
      (p) => Date.parse(p.submittedAt) >= Date.parse(since),
    );
    items.push({ kind: "pdsa", date: deadline, done });
  }
  if (meeting === "benchmarking-3") {
    items.push({ kind: "statistics", date: deadline, done: state.statistics.has(organisationId) });
  }
  return items;
}
