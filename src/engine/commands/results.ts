// `results [organisation]`: an organisation's scores across the rounds beside the cluster's median and range.
import { resultsCard } from "../../../cards/results.ts";
import type { ResultsView } from "../../../cards/view-models.ts";
import type { Organisation } from "../../domain/round.ts";
import { clusterMembers } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { organisationResults } from "../results/organisation-results.ts";
import { loadRoundState, type RoundState, submittedRounds } from "../round-state.ts";
import { organisationTarget } from "../target.ts";

export async function resultsCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { actor, say } = ctx;
  const target = await organisationTarget(ctx, "results", argument, say.resultsNotYours);
  if (!target.ok) return target.replies;
  const { organisation, cluster } = target;
  const state = await loadRoundState(ctx.deps.store, actor.round);
  const results = organisationResults(state, ctx.checklist, cluster, organisation);
  const view: ResultsView = {
    organisationName: organisation.name,
    maxTotal: results.maxTotal,
    rounds: results.rounds.map((r) => ({ round: r.round, total: r.total })),
    points: results.points,
    totalShift: results.totalShift,
    ready: results.ready,
    clusterSize: clusterMembers(cluster).filter((id) => submittedRounds(state, id).length > 0).length,
    clusterTotals: actor.round.showNamesInResults
      ? clusterTotals(state, clusterMembers(cluster), organisation)
      : undefined,
  };
  // In the organisation's own channel everyone there may see it (and Slack gets the chart as an image).
  const visibility = ctx.place.organisationId === organisation.id ? "message" : "private";
  return [{ type: visibility, card: resultsCard(view, ctx.checklist, ctx.locale) }];
}

function clusterTotals(
  state: RoundState,
  members: string[],
  shown: Organisation,
): ResultsView["clusterTotals"] {
  return members
    .filter((id) => id !== shown.id)
    .map((id) => {
      const latest = submittedRounds(state, id).at(-1);
      const name = state.round.organisations.find((o) => o.id === id)?.name ?? id;
      const total = latest ? Object.values(latest.answers).reduce((sum, a) => sum + a.score, 0) : undefined;
      return { name, total };
    });
}
