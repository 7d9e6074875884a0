// `results [organisation]`: an organisation's scores across the rounds beside the cluster's median and range.
import { resultsCard } from "../../../cards/results.ts";
import type { ResultsView } from "../../../cards/view-models.ts";
import type { Checklist } from "../../domain/checklist.ts";
import type { Cluster, Organisation } from "../../domain/round.ts";
import { clusterMembers } from "../../domain/round.ts";
import { roundForms } from "../checklist-forms.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { organisationResults } from "../results/organisation-results.ts";
import { formState, loadRoundState, type RoundState, submittedRounds } from "../round-state.ts";
import { organisationTarget } from "../target.ts";

export async function resultsCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { actor, say } = ctx;
  const target = await organisationTarget(ctx, "results", argument, say.resultsNotYours);
  if (!target.ok) return target.replies;
  const { organisation, cluster } = target;
  const loaded = await loadRoundState(ctx.deps.store, actor.round);
  const forms = roundForms(ctx);
  // In the organisation's own channel everyone there may see it (and Slack gets the chart as an image).
  const visibility = ctx.place.organisationId === organisation.id ? "message" : "private";
  // Each checklist form of the round has its own results.
  return forms.map((checklist) => {
    const state = formState(loaded, checklist.id);
    const view = resultsView(ctx, state, checklist, cluster, organisation);
    if (forms.length > 1) view.formTitle = checklist.title[ctx.locale];
    return { type: visibility, card: resultsCard(view, checklist, ctx.locale) };
  });
}

function resultsView(
  ctx: Context,
  state: RoundState,
  checklist: Checklist,
  cluster: Cluster,
  organisation: Organisation,
): ResultsView {
  const { actor } = ctx;
  const results = organisationResults(state, checklist, cluster, organisation);
  return {
    organisationName: organisation.name,
    maxTotal: results.maxTotal,
    rounds: results.rounds.map((r) => ({ round: r.round, total: r.total, late: r.late })),
    points: results.points,
    totalShift: results.totalShift,
    ready: results.ready,
    clusterSize: clusterMembers(cluster).filter((id) => submittedRounds(state, id).length > 0).length,
    clusterTotals: actor.round.showNamesInResults
      ? clusterTotals(state, clusterMembers(cluster), organisation)
      : undefined,
  };
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
