// The figures behind `status`, `guide` and reminders: per organisation, what is done and what is missing.

import type { Answers, AssessmentRoundId, AssessmentVersion } from "../domain/assessment.ts";
import { readiness, shift, total } from "../domain/assessment.ts";
import { currentStep, type NextMeeting, nextMeeting, openAssessmentRound } from "../domain/calendar.ts";
import type { Checklist } from "../domain/checklist.ts";
import type { DueItemKind } from "../domain/due-before.ts";
import { publishedAt } from "../domain/lateness.ts";
import type { PdsaPhase } from "../domain/pdsa.ts";
import type { Cluster, IsoDate, Round } from "../domain/round.ts";
import { clusterMembers } from "../domain/round.ts";
import { assessmentCameLate, cameLate, type LateContext, lateContext, lateItems } from "./late-items.ts";
import { homeStepFrom, pdsaStalledSince } from "./pdsa-stall.ts";
import { latestPdsa, presentationMark, type RoundState, submittedRounds } from "./round-state.ts";

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
  /** The open round's assessment came after its deadline. */
  openRoundLate?: boolean | undefined;
  /** The presentation for the next meeting was marked after its deadline. */
  presentationLate?: boolean | undefined;
  /** Items still missing whose deadline has passed, with the first late day. */
  late: { kind: DueItemKind; since: IsoDate }[];
  /** Once the round has concluded: whether the final self-assessment came in. */
  finalDone?: boolean | undefined;
  /** During steps 3, 5 and 7: the day of the last PDSA update (or the step's start) when that is six weeks ago or more. */
  pdsaStalledSince?: IsoDate | undefined;
}

export interface ClusterSummary {
  cluster: Cluster;
  step: number;
  concluded: boolean;
  next?: NextMeeting | undefined;
  organisations: OrganisationProgress[];
}

/** What is the same for every organisation of a cluster at one instant. */
interface ClusterMoment {
  cluster: Cluster;
  openRound: AssessmentRoundId | undefined;
  next: NextMeeting | undefined;
  names: ReadonlyMap<string, string>;
  /** Absent when the caller needs no detail (the round overview): nothing late is then worked out. */
  late: LateContext | undefined;
  /** During a step at home: when it began (epoch ms), for telling a PDSA that stands still. */
  homeStepFromMs: number | undefined;
  nowMs: number;
}

/** An organisation's figures from its latest versions: the same until one of them changes. */
interface AssessmentFigures {
  checklist: Checklist;
  latest: OrganisationProgress["latest"];
  ready: boolean;
}

// Keyed on the organisation's latest versions as the round state holds them: the state (and this map in
// it) is shared between requests until the round's activity changes, and is never changed itself.
const FIGURES = new WeakMap<ReadonlyMap<AssessmentRoundId, AssessmentVersion>, AssessmentFigures>();
const NO_FIGURES = { latest: undefined, ready: false };

function assessmentFigures(
  state: RoundState,
  checklist: Checklist,
  organisationId: string,
): Pick<AssessmentFigures, "latest" | "ready"> {
  const versions = state.assessments.get(organisationId);
  if (!versions) return NO_FIGURES;
  const known = FIGURES.get(versions);
  if (known?.checklist === checklist) return known;
  const rounds = submittedRounds(state, organisationId);
  const last = rounds.at(-1);
  const before = rounds.at(-2);
  const figures: AssessmentFigures = {
    checklist,
    latest:
      last &&
      Object.freeze({
        round: last.assessmentRound,
        answers: last.answers,
        total: total(last.answers),
        shift: before ? shift(before.answers, last.answers).total : undefined,
      }),
    ready: last ? readiness(checklist, last.answers).ready : false,
  };
  FIGURES.set(versions, figures);
  return figures;
}

/** Organisation names by id, the first of an id winning as in findOrganisation; once per round object. */
const NAMES = new WeakMap<Round, ReadonlyMap<string, string>>();

function organisationNames(round: Round): ReadonlyMap<string, string> {
  let names = NAMES.get(round);
  if (!names) {
    const byId = new Map<string, string>();
    for (const o of round.organisations) if (!byId.has(o.id)) byId.set(o.id, o.name);
    names = byId;
    NAMES.set(round, names);
  }
  return names;
}

function organisationProgress(
  state: RoundState,
  checklist: Checklist,
  moment: ClusterMoment,
  organisationId: string,
): OrganisationProgress {
  const { cluster, openRound, next, late } = moment;
  const { latest, ready } = assessmentFigures(state, checklist, organisationId);
  const benchmarking = next?.presentationDeadline !== undefined;
  const openVersion =
    openRound === undefined ? undefined : state.assessments.get(organisationId)?.get(openRound);
  const mark = benchmarking && next ? presentationMark(state, organisationId, next.id) : undefined;
  return {
    organisationId,
    organisationName: moment.names.get(organisationId) ?? organisationId,
    isMentor: cluster.mentor === organisationId,
    openRound,
    openRoundDone: openVersion !== undefined,
    latest,
    pdsaPhase: latestPdsa(state, organisationId)?.phase,
    presentationPublished: benchmarking && next ? mark !== undefined : undefined,
    ready,
    openRoundLate: late !== undefined && openVersion !== undefined && assessmentCameLate(late, openVersion),
    presentationLate:
      late !== undefined &&
      mark !== undefined &&
      next !== undefined &&
      cameLate(late, next.id, { at: publishedAt(mark), of: mark }),
    late: late ? lateItems(state, late, organisationId) : NOTHING_LATE,
    finalDone:
      next === undefined
        ? state.assessments.get(organisationId)?.has("before-results-conference") === true
        : undefined,
    pdsaStalledSince: late
      ? pdsaStalledSince(state, moment.homeStepFromMs, moment.nowMs, organisationId)
      : undefined,
  };
}

const NOTHING_LATE: OrganisationProgress["late"] = [];

export function clusterSummary(
  state: RoundState,
  checklist: Checklist,
  cluster: Cluster,
  now: Date,
  /** False for the round overview, which shows no late items, late marks or stalled PDSA work. */
  detail = true,
): ClusterSummary {
  const override = state.overrides.get(cluster.id);
  const step = currentStep(
    state.round,
    cluster,
    now,
    override && { step: override.step, setAt: override.setAt },
  );
  const next = nextMeeting(state.round, cluster, now);
  const late = detail ? lateContext(state, cluster, next, now) : undefined;
  const moment: ClusterMoment = {
    cluster,
    openRound: openAssessmentRound(state.round, cluster, now),
    next,
    names: organisationNames(state.round),
    late,
    homeStepFromMs: late && homeStepFrom(late, step.step),
    nowMs: now.getTime(),
  };
  return {
    cluster,
    step: step.step,
    concluded: step.concluded,
    next,
    organisations: clusterMembers(cluster).map((id) => organisationProgress(state, checklist, moment, id)),
  };
}
