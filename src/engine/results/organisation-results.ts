// One organisation's results across the programme round: score per point per round, totals, shift
// from the first round it submitted to its latest, readiness, and the cluster's median and range.
import type { AssessmentRoundId } from "../../domain/assessment.ts";
import { readiness, shift, total } from "../../domain/assessment.ts";
import type { Checklist } from "../../domain/checklist.ts";
import { assessmentLate } from "../../domain/lateness.ts";
import type { Cluster, Organisation } from "../../domain/round.ts";
import { clusterMembers } from "../../domain/round.ts";
import { type RoundState, submittedRounds } from "../round-state.ts";
import { type Spread, spread } from "./spread.ts";

export interface RoundScores {
  round: AssessmentRoundId;
  submittedAt: string;
  submittedBy: string;
  /** Point id → score; a point the round did not score is absent. */
  scores: Record<string, number>;
  total: number;
  /** Change of the total since the organisation's previous submitted round. */
  shift: number | undefined;
  /** Submitted after the round's deadline (kept like any other). */
  late: boolean;
}

export interface PointResult {
  pointId: string;
  /** Score per submitted round, in the order of `rounds`; undefined where that round lacks the point. */
  scores: (number | undefined)[];
  /** Latest score minus first score, over the rounds that scored the point. */
  shift: number | undefined;
  /** Over every cluster organisation's latest round; undefined when none scored the point. */
  cluster: Spread | undefined;
}

export interface OrganisationResults {
  organisation: Organisation;
  cluster: Cluster;
  rounds: RoundScores[];
  points: PointResult[];
  /** Total of the latest round minus total of the first, over the points both scored. */
  totalShift: number | undefined;
  ready: boolean;
  maxTotal: number;
}

export function organisationResults(
  state: RoundState,
  checklist: Checklist,
  cluster: Cluster,
  organisation: Organisation,
): OrganisationResults {
  const submitted = submittedRounds(state, organisation.id);
  const rounds: RoundScores[] = submitted.map((version, i) => {
    const previous = submitted[i - 1];
    return {
      round: version.assessmentRound,
      submittedAt: version.submittedAt,
      submittedBy: version.submittedBy,
      scores: Object.fromEntries(Object.entries(version.answers).map(([id, a]) => [id, a.score])),
      total: total(version.answers),
      shift: previous ? shift(previous.answers, version.answers).total : undefined,
      late: assessmentLate(state.round, cluster, version.assessmentRound, version.submittedAt),
    };
  });
  const latestOfCluster = clusterMembers(cluster).flatMap((id) => submittedRounds(state, id).slice(-1));
  const first = submitted[0];
  const last = submitted.at(-1);
  return {
    organisation,
    cluster,
    rounds,
    points: checklist.points.map((point) => {
      const scores = rounds.map((r) => r.scores[point.id]);
      const scored = scores.filter((s): s is number => s !== undefined);
      const others = latestOfCluster.flatMap((v) =>
        v.answers[point.id] ? [v.answers[point.id]?.score ?? 0] : [],
      );
      return {
        pointId: point.id,
        scores,
        shift: scored.length > 1 ? (scored.at(-1) ?? 0) - (scored[0] ?? 0) : undefined,
        cluster: spread(others),
      };
    }),
    totalShift: first && last && first !== last ? shift(first.answers, last.answers).total : undefined,
    ready: last ? readiness(checklist, last.answers).ready : false,
    maxTotal: checklist.points.length * checklist.scale.max,
  };
}
