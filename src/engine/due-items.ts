// What an organisation owes before a meeting, and whether each item is done: the basis of `guide`,
// `status`, the App Home and every reminder. Which items a meeting asks for is itemsDueBefore's.
import type { DueItem } from "../../cards/view-models.ts";
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import { clusterMeetings, presentationDeadline } from "../domain/calendar.ts";
import { type DueItemKind, itemsDueBefore } from "../domain/due-before.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import type { Meeting } from "../domain/meetings.ts";
import type { Cluster, MeetingId } from "../domain/round.ts";
import { isPublished, type RoundState } from "./round-state.ts";

function isDone(
  state: RoundState,
  organisationId: string,
  kind: DueItemKind,
  current: Meeting,
  previous: Meeting | undefined,
): boolean {
  switch (kind) {
    case "description":
    case "presentation":
      return isPublished(state, organisationId, current.id);
    case "assessment": {
      const round = ASSESSMENT_ROUNDS.find((id) => ASSESSMENT_ROUND_MEETING[id] === current.id);
      if (round === undefined || !(state.assessments.get(organisationId)?.has(round) ?? false)) return false;
      // With several checklist forms, the round is done once every form has it (see formState).
      const further = state.round.checklists;
      if (!further || further.length < 2) return true;
      return further.slice(1).every((id) => state.forms.get(id)?.get(organisationId)?.has(round) ?? false);
    }
    case "pdsa": {
      if (!previous) return false;
      const since = Date.parse(endOfLocalDay(previous.date, state.round.timeZone).toISO() ?? previous.date);
      return (state.pdsa.get(organisationId) ?? []).some((p) => Date.parse(p.submittedAt) >= since);
    }
    case "statistics":
      return state.statistics.has(organisationId);
  }
}

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
  const date = presentationDeadline(current.date);
  const previous = meetings[index - 1];
  return itemsDueBefore(meeting).map((kind) => ({
    kind,
    date,
    done: isDone(state, organisationId, kind, current, previous),
  }));
}
