// Everything a results conference needs from one round, as plain data: the source of the CSV, JSON and
// Markdown exports. Built from the same figures as the results card.

import { type AssessmentRoundId, readiness, shift, total } from "../domain/assessment.ts";
import type { Checklist } from "../domain/checklist.ts";
import { assessmentLate, handedInLate, publishedAt } from "../domain/lateness.ts";
import type { PdsaVersion } from "../domain/pdsa.ts";
import { cycleKey } from "../domain/pdsa.ts";
import type { Cluster, Round } from "../domain/round.ts";
import { clusterMembers, findOrganisation } from "../domain/round.ts";
import { personName } from "../engine/commands/history.ts";
import type { RoundState } from "../engine/round-state.ts";
import { formState, submittedRounds } from "../engine/round-state.ts";
import type { PresentationMark, StatisticsVersion } from "../store/port.ts";

export interface ExportedAssessment {
  /** The checklist form it scores. */
  checklist: string;
  assessmentRound: AssessmentRoundId;
  version: number;
  submittedAt: string;
  submittedBy: string;
  scores: Record<string, number>;
  comments: Record<string, string>;
  total: number;
  /** Since the organisation's previous submitted round. */
  shift: number | null;
  ready: boolean;
  /** Submitted after the round's deadline. */
  late: boolean;
}

export interface ExportedOrganisation {
  id: string;
  name: string;
  /** The cluster's id, and its name as people read it. */
  cluster: string;
  clusterName: string;
  mentor: boolean;
  assessments: ExportedAssessment[];
  /** The latest update of each PDSA cycle, in the order the cycles started. */
  pdsa: PdsaVersion[];
  /** Each mark with whether it came after its deadline (`start-up`: the description of the organisation). */
  presentations: (PresentationMark & { late: boolean })[];
  statistics: (StatisticsVersion & { late: boolean }) | null;
  ready: boolean;
  /** The round's further checklist forms, each with its own rounds, shifts and readiness. */
  forms: { checklist: string; assessments: ExportedAssessment[]; ready: boolean }[];
}

export interface RoundExport {
  /** `timeZone`: the round's, in which its people read every instant of the export. */
  round: { id: string; name: string; language: string; checklist: string; timeZone: string };
  checklist: Checklist;
  /** Every checklist form of the round, the first (`checklist`) first. */
  checklists: Checklist[];
  organisations: ExportedOrganisation[];
  /** The name of each person the export names by address (who submitted or marked something), by address. */
  people: Record<string, string>;
}

function exportedAssessments(
  state: RoundState,
  checklist: Checklist,
  cluster: Cluster,
  id: string,
): ExportedAssessment[] {
  const round = state.round;
  const rounds = submittedRounds(state, id);
  return rounds.map((v, i): ExportedAssessment => {
    const previous = rounds[i - 1];
    return {
      checklist: checklist.id,
      assessmentRound: v.assessmentRound,
      version: v.version,
      submittedAt: v.submittedAt,
      submittedBy: v.submittedBy,
      scores: Object.fromEntries(Object.entries(v.answers).map(([p, a]) => [p, a.score])),
      comments: Object.fromEntries(
        Object.entries(v.answers).flatMap(([p, a]) => (a.comment ? [[p, a.comment]] : [])),
      ),
      total: total(v.answers),
      shift: previous ? (shift(previous.answers, v.answers).total ?? null) : null,
      ready: readiness(checklist, v.answers).ready,
      late: assessmentLate(round, cluster, v.assessmentRound, v.submittedAt),
    };
  });
}

export function buildRoundExport(
  state: RoundState,
  checklist: Checklist,
  further: Checklist[] = [],
): RoundExport {
  const round: Round = state.round;
  const organisations = round.clusters.flatMap((cluster) =>
    clusterMembers(cluster).map((id): ExportedOrganisation => {
      const assessments = exportedAssessments(state, checklist, cluster, id);
      const forms = further.map((form) => {
        const own = exportedAssessments(formState(state, form.id), form, cluster, id);
        return { checklist: form.id, assessments: own, ready: own.at(-1)?.ready ?? false };
      });
      const statistics = state.statistics.get(id);
      return {
        id,
        name: findOrganisation(round, id)?.name ?? id,
        cluster: cluster.id,
        clusterName: cluster.name,
        mentor: cluster.mentor === id,
        assessments,
        pdsa: latestPerCycle(state.pdsa.get(id) ?? []),
        presentations: (state.presentations.get(id) ?? []).map((p) => ({
          ...p,
          late: handedInLate(round, cluster, p.meeting, publishedAt(p)),
        })),
        statistics: statistics
          ? { ...statistics, late: handedInLate(round, cluster, "benchmarking-3", statistics.submittedAt) }
          : null,
        ready: assessments.at(-1)?.ready ?? false,
        forms,
      };
    }),
  );
  return {
    round: {
      id: round.id,
      name: round.name,
      language: round.language,
      checklist: checklist.id,
      timeZone: round.timeZone,
    },
    checklist,
    checklists: [checklist, ...further],
    organisations,
    people: peopleNamed(round, organisations),
  };
}

/** Each address the organisations' records name, with the person's name where the round knows it. */
function peopleNamed(round: Round, organisations: ExportedOrganisation[]): Record<string, string> {
  const addresses = new Set<string>();
  for (const o of organisations) {
    for (const a of [...o.assessments, ...o.forms.flatMap((f) => f.assessments)])
      addresses.add(a.submittedBy);
    for (const p of o.pdsa) addresses.add(p.submittedBy);
    for (const p of o.presentations) addresses.add(p.markedBy);
    if (o.statistics) addresses.add(o.statistics.submittedBy);
  }
  return Object.fromEntries([...addresses].sort().map((address) => [address, personName(round, address)]));
}

function latestPerCycle(versions: PdsaVersion[]): PdsaVersion[] {
  const latest = new Map<string, PdsaVersion>();
  for (const v of versions) {
    const seen = latest.get(cycleKey(v));
    if (!seen || seen.version < v.version) latest.set(cycleKey(v), v);
  }
  return [...latest.values()].sort((a, b) =>
    (a.startedOn ?? a.submittedAt).localeCompare(b.startedOn ?? b.submittedAt),
  );
}
