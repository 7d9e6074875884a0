// What each meeting asks every organisation of a cluster to have done beforehand: the one list that
// `guide`, `status`, the reminders and the late notices all derive from.
import type { MeetingId } from "./round.ts";

export type DueItemKind = "description" | "presentation" | "assessment" | "pdsa" | "statistics";

/** In the order a reminder lists them. */
export const DUE_ITEM_KINDS: readonly DueItemKind[] = [
  "description",
  "presentation",
  "assessment",
  "pdsa",
  "statistics",
];

const DUE_BEFORE: Readonly<Record<MeetingId, readonly DueItemKind[]>> = {
  // Step 1: a description of the organisation (facts, where it stands) published before the start-up.
  "start-up": ["description"],
  "benchmarking-1": ["presentation", "assessment"],
  "benchmarking-2": ["presentation", "assessment", "pdsa"],
  // Step 6 adds the report on individual-based statistics.
  "benchmarking-3": ["presentation", "assessment", "pdsa", "statistics"],
  // The final group self-assessment and the PDSA work since meeting 3.
  "results-conference": ["assessment", "pdsa"],
};

export function itemsDueBefore(meeting: MeetingId): readonly DueItemKind[] {
  return DUE_BEFORE[meeting];
}

/** The step of the model each meeting is (its reminders show that step's links). */
export const MEETING_STEP: Readonly<Record<MeetingId, number>> = {
  "start-up": 1,
  "benchmarking-1": 2,
  "benchmarking-2": 4,
  "benchmarking-3": 6,
  "results-conference": 8,
};
