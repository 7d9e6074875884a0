// Everything the store holds about one round, loaded once per request that needs a summary.
import type { AssessmentRoundId, AssessmentVersion } from "../domain/assessment.ts";
import { ASSESSMENT_ROUNDS } from "../domain/assessment.ts";
import type { PdsaVersion } from "../domain/pdsa.ts";
import type { Round } from "../domain/round.ts";
import type { PresentationMark, StatisticsVersion, StepOverride, Store } from "../store/port.ts";

export interface RoundState {
  round: Round;
  /** Latest version per organisation and assessment round. */
  assessments: Map<string, Map<AssessmentRoundId, AssessmentVersion>>;
  /** Every PDSA version of the organisation, oldest first. */
  pdsa: Map<string, PdsaVersion[]>;
  presentations: Map<string, PresentationMark[]>;
  statistics: Map<string, StatisticsVersion>;
  overrides: Map<string, StepOverride>;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export async function loadRoundState(store: Store, round: Round): Promise<RoundState> {
  const [latest, pdsa, presentations, statistics, overrides] = await Promise.all([
    store.latestAssessments(round.id),
    store.listPdsa(round.id),
    store.listPresentations(round.id),
    store.latestStatistics(round.id),
    store.listStepOverrides(round.id),
  ]);
  const assessments = new Map<string, Map<AssessmentRoundId, AssessmentVersion>>();
  for (const version of latest) {
    const byRound = assessments.get(version.organisationId) ?? new Map();
    byRound.set(version.assessmentRound, version);
    assessments.set(version.organisationId, byRound);
  }
  const latestOverride = new Map<string, StepOverride>();
  for (const o of overrides) {
    const seen = latestOverride.get(o.clusterId);
    if (!seen || seen.setAt <= o.setAt) latestOverride.set(o.clusterId, o);
  }
  return {
    round,
    assessments,
    pdsa: groupBy(pdsa, (p) => p.organisationId),
    presentations: groupBy(presentations, (p) => p.organisationId),
    statistics: new Map(statistics.map((s) => [s.organisationId, s])),
    overrides: latestOverride,
  };
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

export function latestPdsa(state: RoundState, organisationId: string): PdsaVersion | undefined {
  const list = state.pdsa.get(organisationId);
  if (!list || list.length === 0) return undefined;
  return list.reduce((a, b) => (b.submittedAt >= a.submittedAt ? b : a));
}

export function isPublished(state: RoundState, organisationId: string, meeting: string): boolean {
  return (state.presentations.get(organisationId) ?? []).some((p) => p.meeting === meeting);
}
