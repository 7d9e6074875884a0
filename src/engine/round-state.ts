// Everything the store holds about one round, loaded once per request that needs a summary.
import type { AssessmentRoundId, AssessmentVersion } from "../domain/assessment.ts";
import { ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import type { PdsaVersion } from "../domain/pdsa.ts";
import type { Round } from "../domain/round.ts";
import type {
  PresentationMark,
  RoundActivity,
  StatisticsVersion,
  StepOverride,
  Store,
} from "../store/port.ts";

type LatestAssessments = ReadonlyMap<string, ReadonlyMap<AssessmentRoundId, AssessmentVersion>>;

export interface RoundState {
  round: Round;
  /** Latest version per organisation and assessment round, of the round's first checklist form. */
  assessments: LatestAssessments;
  /** The same for each further checklist form, by checklist id (see formState). */
  forms: ReadonlyMap<string, LatestAssessments>;
  /** Every PDSA version of the organisation, oldest first. Shared between requests, so frozen. */
  pdsa: ReadonlyMap<string, PdsaVersion[]>;
  presentations: ReadonlyMap<string, PresentationMark[]>;
  statistics: ReadonlyMap<string, StatisticsVersion>;
  overrides: ReadonlyMap<string, StepOverride>;
}

type ActivityMaps = Omit<RoundState, "round">;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  for (const list of groups.values()) Object.freeze(list);
  return groups;
}

/**
 * The store hands out the same activity object until the round's activity changes (the embedded store
 * keeps it): what is built from it need not be built again. Keyed weakly, so it goes with the activity.
 */
const BUILT = new WeakMap<RoundActivity, ActivityMaps>();

export async function loadRoundState(store: Store, round: Round): Promise<RoundState> {
  const activity = await store.roundActivity(round.id);
  let maps = BUILT.get(activity);
  if (!maps) {
    maps = activityMaps(activity);
    BUILT.set(activity, maps);
  }
  return { round, ...maps };
}

function activityMaps(activity: RoundActivity): ActivityMaps {
  const assessments = new Map<string, Map<AssessmentRoundId, AssessmentVersion>>();
  const forms = new Map<string, Map<string, Map<AssessmentRoundId, AssessmentVersion>>>();
  for (const version of activity.assessments) {
    let target = assessments;
    if (version.checklist) {
      target = forms.get(version.checklist) ?? new Map();
      forms.set(version.checklist, target);
    }
    const byRound = target.get(version.organisationId) ?? new Map();
    byRound.set(version.assessmentRound, version);
    target.set(version.organisationId, byRound);
  }
  const latestOverride = new Map<string, StepOverride>();
  for (const o of activity.overrides) {
    const seen = latestOverride.get(o.clusterId);
    if (!seen || seen.setAt <= o.setAt) latestOverride.set(o.clusterId, o);
  }
  return {
    assessments,
    forms,
    pdsa: groupBy(activity.pdsa, (p) => p.organisationId),
    presentations: groupBy(activity.presentations, (p) => p.organisationId),
    statistics: new Map(activity.statistics.map((s) => [s.organisationId, s])),
    overrides: latestOverride,
  };
}

const NO_ASSESSMENTS: LatestAssessments = new Map();

/**
 * The round state as one checklist form sees it: `assessments` holds that form's versions. Everything
 * built for the first form (status, results, exports) is then built the same way for any other.
 */
export function formState(state: RoundState, checklistId: string): RoundState {
  if (checklistId === state.round.checklist) return state;
  return { ...state, assessments: state.forms.get(checklistId) ?? NO_ASSESSMENTS };
}

/** One organisation's versions (any order) → the latest of each round, in programme order. */
export function latestPerRound(versions: readonly AssessmentVersion[]): AssessmentVersion[] {
  const latest = new Map<AssessmentRoundId, AssessmentVersion>();
  for (const v of versions) {
    const seen = latest.get(v.assessmentRound);
    if (!seen || seen.version < v.version) latest.set(v.assessmentRound, v);
  }
  return ASSESSMENT_ROUNDS.flatMap((id) => {
    const version = latest.get(id);
    return version ? [version] : [];
  });
}

/** The organisation's submitted rounds in programme order, latest version each. */
export function submittedRounds(state: RoundState, organisationId: string): AssessmentVersion[] {
  const byRound = state.assessments.get(organisationId);
  if (!byRound) return [];
  return ASSESSMENT_ROUNDS.flatMap((id) => {
    const version = byRound.get(id);
    return version ? [version] : [];
  });
}

/** The latest of a frozen list cannot change: kept for as long as the list lives. */
const LATEST_PDSA = new WeakMap<readonly PdsaVersion[], PdsaVersion>();

export function latestPdsa(state: RoundState, organisationId: string): PdsaVersion | undefined {
  const list = state.pdsa.get(organisationId);
  if (!list || list.length === 0) return undefined;
  const known = LATEST_PDSA.get(list);
  if (known) return known;
  const latest = list.reduce((a, b) => (b.submittedAt >= a.submittedAt ? b : a));
  if (Object.isFrozen(list)) LATEST_PDSA.set(list, latest);
  return latest;
}

export function isPublished(state: RoundState, organisationId: string, meeting: string): boolean {
  return (state.presentations.get(organisationId) ?? []).some((p) => p.meeting === meeting);
}

/** The organisation's mark for a meeting (presentation, or the start-up's description), if any. */
export function presentationMark(
  state: RoundState,
  organisationId: string,
  meeting: string,
): PresentationMark | undefined {
  return (state.presentations.get(organisationId) ?? []).find((p) => p.meeting === meeting);
}
