// An organisation's history in the round: every version of a self-assessment round (who, when, which points
// changed from what to what, late or not) and its PDSA cycles. The chat card and the dashboard show the same.
import type { AssessmentRoundId, AssessmentVersion } from "../domain/assessment.ts";
import { assessmentRoundDue, openAssessmentRound } from "../domain/calendar.ts";
import type { Checklist } from "../domain/checklist.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import { cycleKey, type PdsaVersion } from "../domain/pdsa.ts";
import type { Cluster, Round } from "../domain/round.ts";

export interface PointChange {
  /** The point's number in the checklist, from 1. */
  number: number;
  pointId: string;
  from: number | undefined;
  to: number | undefined;
  /** The comment changed (from, to), when it did. */
  comment?: { from: string | undefined; to: string | undefined } | undefined;
}

export interface AssessmentHistoryEntry {
  version: number;
  submittedBy: string;
  submittedAt: string;
  /** Submitted after the end of the round's due day in the round's time zone. */
  late: boolean;
  /** Against the version before; the first version lists every point it scored. */
  changes: PointChange[];
}

export interface PdsaCycleHistory {
  area: string;
  cycle: number;
  updates: number;
  latest: PdsaVersion;
}

export interface OrganisationHistory {
  /** The round shown: the one open now, else the latest the organisation submitted. */
  assessmentRound: AssessmentRoundId | undefined;
  due: string | undefined;
  versions: AssessmentHistoryEntry[];
  cycles: PdsaCycleHistory[];
}

/** `versions` and `pdsa`: every version of this organisation (any order), as the store lists them. */
export function organisationHistory(
  input: {
    round: Round;
    cluster: Cluster;
    checklist: Checklist;
    versions: readonly AssessmentVersion[];
    pdsa: readonly PdsaVersion[];
  },
  now: Date,
): OrganisationHistory {
  const { round, cluster, checklist } = input;
  const latestSubmitted = [...input.versions].sort(bySubmission).at(-1)?.assessmentRound;
  const shown = openAssessmentRound(round, cluster, now) ?? latestSubmitted;
  const due = shown && assessmentRoundDue(round, cluster, shown);
  const dueEnd = due ? endOfLocalDay(due, round.timeZone).toMillis() : undefined;
  const ofRound = input.versions
    .filter((v) => v.assessmentRound === shown)
    .sort((a, b) => a.version - b.version);
  const versions = ofRound.map((v, i) => ({
    version: v.version,
    submittedBy: v.submittedBy,
    submittedAt: v.submittedAt,
    late: dueEnd !== undefined && Date.parse(v.submittedAt) >= dueEnd,
    changes: changes(checklist, ofRound[i - 1], v),
  }));
  return { assessmentRound: shown, due, versions, cycles: pdsaCycles(input.pdsa) };
}

function bySubmission(a: AssessmentVersion, b: AssessmentVersion): number {
  return a.submittedAt.localeCompare(b.submittedAt) || a.version - b.version;
}

function changes(
  checklist: Checklist,
  before: AssessmentVersion | undefined,
  after: AssessmentVersion,
): PointChange[] {
  return checklist.points.flatMap((point, i): PointChange[] => {
    const was = before?.answers[point.id];
    const is = after.answers[point.id];
    const scoreChanged = was?.score !== is?.score;
    const commentChanged = (was?.comment ?? "") !== (is?.comment ?? "");
    if (!scoreChanged && !commentChanged) return [];
    return [
      {
        number: i + 1,
        pointId: point.id,
        from: was?.score,
        to: is?.score,
        comment: commentChanged ? { from: was?.comment, to: is?.comment } : undefined,
      },
    ];
  });
}

function pdsaCycles(pdsa: readonly PdsaVersion[]): PdsaCycleHistory[] {
  const cycles = new Map<string, PdsaCycleHistory>();
  for (const update of [...pdsa].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    const key = cycleKey(update);
    const seen = cycles.get(key);
    cycles.set(key, {
      area: update.area,
      cycle: update.cycle,
      updates: (seen?.updates ?? 0) + 1,
      latest: update,
    });
  }
  return [...cycles.values()];
}
