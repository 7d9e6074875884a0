// Self-assessment rounds, totals, shift between rounds and SKR's readiness rule.
import { type Checklist, isOnScale } from "./checklist.ts";
import type { MeetingId } from "./round.ts";

/** The four self-assessment rounds of a programme round, in order. */
export type AssessmentRoundId =
  | "baseline"
  | "before-benchmarking-2"
  | "before-benchmarking-3"
  | "before-results-conference";

export const ASSESSMENT_ROUNDS: readonly AssessmentRoundId[] = [
  "baseline",
  "before-benchmarking-2",
  "before-benchmarking-3",
  "before-results-conference",
];

/** The meeting each assessment round prepares. */
export const ASSESSMENT_ROUND_MEETING: Readonly<Record<AssessmentRoundId, MeetingId>> = {
  baseline: "benchmarking-1",
  "before-benchmarking-2": "benchmarking-2",
  "before-benchmarking-3": "benchmarking-3",
  "before-results-conference": "results-conference",
};

export interface PointAnswer {
  score: number;
  comment?: string | undefined;
}

/** Point id → answer. A point may be missing (an older checklist, a partial import). */
export type Answers = Readonly<Record<string, PointAnswer>>;

export interface AssessmentSubmission {
  roundId: string;
  organisationId: string;
  assessmentRound: AssessmentRoundId;
  /** The checklist form, for a round's second or later form; absent for its first (and in older data). */
  checklist?: string | undefined;
  answers: Answers;
  /** E-mail of the person who submitted. */
  submittedBy: string;
  /** ISO 8601 instant. */
  submittedAt: string;
  idempotencyKey: string;
}

/** The stores keep the latest version per organisation and this key: one per round and form. */
export function assessmentGroupKey(s: Pick<AssessmentSubmission, "assessmentRound" | "checklist">): string {
  return s.checklist ? `${s.assessmentRound}|${s.checklist}` : s.assessmentRound;
}

/** Every submission is kept; the round's value is the highest version. */
export interface AssessmentVersion extends AssessmentSubmission {
  version: number;
}

export function total(answers: Answers): number {
  let sum = 0;
  for (const a of Object.values(answers)) sum += a.score;
  return sum;
}

export interface Shift {
  /** Point id → change since the previous round; absent where either round lacks the point. */
  perPoint: Record<string, number>;
  /** Change of the total over the points both rounds scored; undefined when they share none. */
  total: number | undefined;
}

export function shift(previous: Answers, current: Answers): Shift {
  const perPoint: Record<string, number> = {};
  let sum = 0;
  let shared = 0;
  for (const [pointId, answer] of Object.entries(current)) {
    const before = previous[pointId];
    if (!before) continue;
    perPoint[pointId] = answer.score - before.score;
    sum += answer.score - before.score;
    shared++;
  }
  return { perPoint, total: shared > 0 ? sum : undefined };
}

export interface Readiness {
  ready: boolean;
  /** Points scored at the scale's minimum. */
  atMinimum: number;
  /** Points scored at the scale's maximum. */
  atMaximum: number;
  /** How many points must be at the maximum: more than half of the checklist. */
  maximumNeeded: number;
  /** Checklist points with no answer; an incomplete assessment is never ready. */
  unanswered: number;
}

/** SKR's rule: no point at the lowest level and the top score on more than half of the points. */
export function readiness(checklist: Checklist, answers: Answers): Readiness {
  let atMinimum = 0;
  let atMaximum = 0;
  let unanswered = 0;
  for (const point of checklist.points) {
    const answer = answers[point.id];
    if (!answer || !isOnScale(checklist, answer.score)) {
      unanswered++;
      continue;
    }
    if (answer.score === checklist.scale.min) atMinimum++;
    if (answer.score === checklist.scale.max) atMaximum++;
  }
  const maximumNeeded = Math.floor(checklist.points.length / 2) + 1;
  return {
    ready: unanswered === 0 && atMinimum === 0 && atMaximum >= maximumNeeded,
    atMinimum,
    atMaximum,
    maximumNeeded,
    unanswered,
  };
}
