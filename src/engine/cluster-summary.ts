// The figures behind `status`, `guide` and reminders: per organisation, what is done and what is missing.
import type { Answers, AssessmentRoundId } from "../domain/assessment.ts";
import { readiness, shift, total } from "../domain/assessment.ts";
import { currentStep, type NextMeeting, nextMeeting, openAssessmentRound } from "../domain/calendar.ts";
import type { Checklist } from "../domain/checklist.ts";
import type { PdsaPhase } from "../domain/pdsa.ts";
import type { Cluster } from "../domain/round.ts";
import { clusterMembers, findOrganisation } from "../domain/round.ts";
import { isPublished, latestPdsa, type RoundState, submittedRounds } from "./round-state.ts";

export interface OrganisationProgress {
  organisationId: string;
  organisationName: string;
  isMentor: boolean;
  /** The assessment round open now, or undefined when all are closed. */
  openRound: AssessmentRoundId | undefined;
  openRoundDone: boolean;
  latest?:
    | { round: AssessmentRoundId; answers: Answers; total: number; shift: number | undefined }
    | undefined;
  pdsaPhase?: PdsaPhase | undefined;
  /** For the next benchmarking meeting; undefined when none is ahead. */
  presentationPublished?: boolean | undefined;
  ready: boolean;
}

export interface ClusterSummary {
  cluster: Cluster;
  step: number;
  concluded: boolean;
  next?: NextMeeting | undefined;
  organisations: OrganisationProgress[];
}

export function organisationProgress(
  state: RoundState,
  checklist: Checklist,
  cluster: Cluster,
  organisationId: string,
  now: Date,
  next: NextMeeting | undefined,
): OrganisationProgress {
  const rounds = submittedRounds(state, organisationId);
  const last = rounds.at(-1);
  const before = rounds.at(-2);
  const openRound = openAssessmentRound(state.round, cluster, now);
  const benchmarking = next?.presentationDeadline !== undefined;
  return {
    organisationId,
    organisationName: findOrganisation(state.round, organisationId)?.name ?? organisationId,
    isMentor: cluster.mentor === organisationId,
    openRound,
    openRoundDone: openRound !== undefined && rounds.some((r) => r.assessmentRound === openRound),
    latest: last && {
      round: last.assessmentRound,
      answers: last.answers,
      total: total(last.answers),
      shift: before ? shift(before.answers, last.answers).total : undefined,
    },
    pdsaPhase: latestPdsa(state, organisationId)?.phase,
    presentationPublished: benchmarking && next ? isPublished(state, organisationId, next.id) : undefined,
    ready: last ? readiness(checklist, last.answers).ready : false,
  };
}

export function clusterSummary(
  state: RoundState,
  checklist: Checklist,
  cluster: Cluster,
  now: Date,
): ClusterSummary {
  const override = state.overrides.get(cluster.id);
  const step = currentStep(
    state.round,
    cluster,
    now,
    override && { step: override.step, setAt: override.setAt },
  );
  const next = nextMeeting(state.round, cluster, now);
  return {
    cluster,
    step: step.step,
    concluded: step.concluded,
    next,
    organisations: clusterMembers(cluster).map((id) =>
      organisationProgress(state, checklist, cluster, id, now, next),
    ),
  };
}
