// What an organisation owes before a meeting, and whether each item is done: the basis of `guide`,
// `status`, the App Home and every reminder. Which items a meeting asks for, and by when, is the round's list of deadlines (round-deadlines.ts).
import type { DueItem } from "../../cards/view-models.ts";
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import { clusterMeetings } from "../domain/calendar.ts";
import type { DueItemKind } from "../domain/due-before.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import type { Cluster, MeetingId } from "../domain/round.ts";
import { meetingDeadline } from "../domain/round-deadlines.ts";
import { isPublished, type RoundState } from "./round-state.ts";

/**
 * Whether the organisation has done `kind` for `meeting`. PDSA work counts from `pdsaFromMs`, the end of the
 * meeting before (epoch ms; undefined for the first meeting, which asks for none): the caller has it, so
 * that a status of every organisation does not work out the same local day again for each.
 */
export function itemDone(
  state: RoundState,
  organisationId: string,
  kind: DueItemKind,
  meeting: MeetingId,
  pdsaFromMs: number | undefined,
): boolean {
  switch (kind) {
    case "description":
    case "presentation":
      return isPublished(state, organisationId, meeting);
    case "assessment": {
      const round = ASSESSMENT_ROUNDS.find((id) => ASSESSMENT_ROUND_MEETING[id] === meeting);
      if (round === undefined || !(state.assessments.get(organisationId)?.has(round) ?? false)) return false;
      // With several checklist forms, the round is done once every form has it (see formState).
      const further = state.round.checklists;
      if (!further || further.length < 2) return true;
      return further.slice(1).every((id) => state.forms.get(id)?.get(organisationId)?.has(round) ?? false);
    }
    case "pdsa": {
      if (pdsaFromMs === undefined) return false;
      return (state.pdsa.get(organisationId) ?? []).some((p) => Date.parse(p.submittedAt) >= pdsaFromMs);
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
  // The meeting's deadline and items from the round's one list of deadlines (round-deadlines.ts).
  const deadline = meetingDeadline(current);
  if (!deadline) return [];
  const previous = meetings[index - 1];
  const pdsaFromMs = previous && endOfLocalDay(previous.date, state.round.timeZone).toMillis();
  return deadline.items.map((kind) => ({
    kind,
    date: deadline.date,
    done: itemDone(state, organisationId, kind, meeting, pdsaFromMs),
  }));
}
