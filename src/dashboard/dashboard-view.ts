// What the dashboard shows a person: the clusters and organisations the permission table lets them see,
// each with the same figures as `status`, its due items, its results per round and its history.
import type { DueItem } from "../../cards/view-models.ts";
import { nextMeeting } from "../domain/calendar.ts";
import type { Checklist } from "../domain/checklist.ts";
import type { Cluster, MeetingId, Round } from "../domain/round.ts";
import { clusterMembers } from "../domain/round.ts";
import type { Actor } from "../engine/actor.ts";
import { type ClusterSummary, clusterSummary, type OrganisationProgress } from "../engine/cluster-summary.ts";
import { type OrganisationHistory, organisationHistory } from "../engine/history.ts";
import { lastUpdate } from "../engine/last-update.ts";
import { type DueState, judgeDueItems, lateContext } from "../engine/late-items.ts";
import { mayAct } from "../engine/permissions.ts";
import { type OrganisationResults, organisationResults } from "../engine/results/organisation-results.ts";
import { loadRoundState, type RoundState } from "../engine/round-state.ts";
import type { Store } from "../store/port.ts";

/**
 * done; done-late (handed in after its deadline); missing (its deadline is ahead); late (past its deadline
 * and still awaited); missed (never came: no longer awaited). The engine's one judgement (late-items.ts).
 */
export type { DueState };

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

/** Every item of the round's deadline list, judged as `status` and the Excel export judge it (late-items.ts). */
function dueLines(state: RoundState, cluster: Cluster, organisationId: string, now: Date): DueLine[] {
  const context = lateContext(state, cluster, nextMeeting(state.round, cluster, now), now);
  return judgeDueItems(state, context, organisationId).map((item) => ({
    kind: item.kind,
    date: item.date,
    done: item.state === "done" || item.state === "done-late",
    meeting: item.meeting,
    state: item.state,
  }));
}
