// What the dashboard shows a person: the clusters and organisations the permission table lets them see,
// each with the same figures as `status`, its due items, its results per round and its history.
import type { DueItem } from "../../cards/view-models.ts";
import { ASSESSMENT_ROUND_MEETING } from "../domain/assessment.ts";
import { clusterMeetings, nextMeeting } from "../domain/calendar.ts";
import type { Checklist } from "../domain/checklist.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import type { Cluster, MeetingId, Round } from "../domain/round.ts";
import { clusterMembers } from "../domain/round.ts";
import type { Actor } from "../engine/actor.ts";
import { type ClusterSummary, clusterSummary, type OrganisationProgress } from "../engine/cluster-summary.ts";
import { dueItems } from "../engine/due-items.ts";
import { type OrganisationHistory, organisationHistory } from "../engine/history.ts";
import { lastUpdate } from "../engine/last-update.ts";
import {
  assessmentCameLate,
  cameLate,
  type LateContext,
  lateContext,
  lateItems,
} from "../engine/late-items.ts";
import { mayAct } from "../engine/permissions.ts";
import { type OrganisationResults, organisationResults } from "../engine/results/organisation-results.ts";
import { loadRoundState, type RoundState } from "../engine/round-state.ts";
import type { Store } from "../store/port.ts";

/**
 * done; done-late (handed in after its deadline); missing (its deadline is ahead); late (the engine's rule,
 * as `status` says it: past its deadline and still expected); missed (its meeting went by without it).
 */
export type DueState = "done" | "done-late" | "missing" | "late" | "missed";

export interface DueLine extends DueItem {
  meeting: MeetingId;
  state: DueState;
}

export interface OrganisationPanel {
  progress: OrganisationProgress;
  results: OrganisationResults;
  due: DueLine[];
  lastUpdate: string | undefined;
  presentations: { meeting: MeetingId; link: string }[];
  history: OrganisationHistory;
}

export interface ClusterPanel {
  summary: ClusterSummary;
  organisations: OrganisationPanel[];
}

export interface DashboardView {
  round: Round;
  actor: Actor;
  scope: "round" | "cluster" | "organisation";
  clusters: ClusterPanel[];
}

/** Which of the cluster's organisations this person may see on the dashboard. */
export function visibleMembers(actor: Actor, cluster: Cluster): string[] {
  return clusterMembers(cluster).filter((id) => mayAct(actor, "dashboard", { organisationId: id }));
}

export async function dashboardView(
  deps: { store: Store; checklist: Checklist },
  actor: Actor,
  now: Date,
  onlyCluster?: string,
): Promise<DashboardView> {
  const { round } = actor;
  const state = await loadRoundState(deps.store, round);
  const [versions, pdsa] = await Promise.all([
    deps.store.listAssessments(round.id),
    deps.store.listPdsa(round.id),
  ]);
  const clusters: ClusterPanel[] = [];
  for (const cluster of round.clusters) {
    if (onlyCluster !== undefined && cluster.id !== onlyCluster) continue;
    const shown = new Set(visibleMembers(actor, cluster));
    if (shown.size === 0) continue;
    const summary = clusterSummary(state, deps.checklist, cluster, now);
    const organisations = summary.organisations
      .filter((o) => shown.has(o.organisationId))
      .flatMap((progress): OrganisationPanel[] => {
        const id = progress.organisationId;
        const organisation = round.organisations.find((o) => o.id === id);
        if (!organisation) return [];
        const history = organisationHistory(
          {
            round,
            cluster,
            checklist: deps.checklist,
            versions: versions.filter((v) => v.organisationId === id),
            pdsa: pdsa.filter((p) => p.organisationId === id),
          },
          now,
        );
        return [
          {
            progress,
            results: organisationResults(state, deps.checklist, cluster, organisation),
            due: dueLines(state, cluster, id, now),
            lastUpdate: lastUpdate(state, id),
            presentations: (state.presentations.get(id) ?? []).map((p) => ({
              meeting: p.meeting,
              link: p.link,
            })),
            history,
          },
        ];
      });
    clusters.push({ summary, organisations });
  }
  const scope = mayAct(actor, "dashboard", { round: true })
    ? "round"
    : actor.cluster && mayAct(actor, "dashboard", { clusterId: actor.cluster.id })
      ? "cluster"
      : "organisation";
  return { round, actor, scope, clusters };
}

/** Every meeting's due items, judged late by the same rule as `status` (src/engine/late-items.ts). */
function dueLines(state: RoundState, cluster: Cluster, organisationId: string, now: Date): DueLine[] {
  const context = lateContext(state, cluster, nextMeeting(state.round, cluster, now), now);
  const late = lateItems(state, context, organisationId);
  return clusterMeetings(state.round, cluster)
    .filter((m) => m.id !== "start-up")
    .flatMap((meeting) =>
      dueItems(state, cluster, organisationId, meeting.id).map((item) => {
        const meetingOver = now.getTime() >= endOfLocalDay(meeting.date, state.round.timeZone).toMillis();
        const handedIn = item.done && handedInLate(state, context, organisationId, item.kind, meeting.id);
        const dueState: DueState = item.done
          ? handedIn
            ? "done-late"
            : "done"
          : late.some((l) => l.kind === item.kind && isLateFor(context, l, meeting.id))
            ? "late"
            : meetingOver
              ? "missed"
              : "missing";
        return { ...item, meeting: meeting.id, state: dueState };
      }),
    );
}

/** A late item belongs to the next meeting, or (the description, the statistics) to the meeting it prepares. */
function isLateFor(context: LateContext, item: { kind: string }, meeting: MeetingId): boolean {
  if (item.kind === "description") return meeting === "start-up";
  if (item.kind === "statistics") return meeting === "benchmarking-3";
  return context.next?.id === meeting;
}

/** Whether the work that marks the item done came after its deadline (the engine's rule again). */
function handedInLate(
  state: RoundState,
  context: LateContext,
  organisationId: string,
  kind: string,
  meeting: MeetingId,
): boolean {
  if (kind === "presentation" || kind === "description") {
    const mark = state.presentations.get(organisationId)?.find((p) => p.meeting === meeting);
    return mark ? cameLate(context, meeting, { at: mark.markedAt, of: mark }) : false;
  }
  if (kind === "statistics") {
    const report = state.statistics.get(organisationId);
    return report ? cameLate(context, meeting, { at: report.submittedAt, of: report }) : false;
  }
  if (kind === "assessment") {
    const versions = [...(state.assessments.get(organisationId)?.values() ?? [])];
    const version = versions.find((v) => ASSESSMENT_ROUND_MEETING[v.assessmentRound] === meeting);
    return version ? assessmentCameLate(context, version) : false;
  }
  return false;
}
