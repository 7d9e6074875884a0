// `status [cluster]`: the cluster at a glance for mentors and project managers; others see their own row.
import { roundOverviewCard, statusCard } from "../../../cards/status.ts";
import type { RoundOverviewView, StatusView } from "../../../cards/view-models.ts";
import type { Cluster } from "../../domain/round.ts";
import { roundForms } from "../checklist-forms.ts";
import { type ClusterSummary, clusterSummary } from "../cluster-summary.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { findByName } from "../find-by-name.ts";
import { mayAct } from "../permissions.ts";
import { privateNotice } from "../replies.ts";
import { formState, loadRoundState, type RoundState } from "../round-state.ts";
import { refuseAttempt } from "../target.ts";
import { statusRow, statusUpdates, statusView } from "../views.ts";

/** The status view of a cluster, with a table for each further checklist form of the round. */
function formsView(ctx: Context, state: RoundState, summary: ClusterSummary, only?: string): StatusView {
  const view = statusView(summary, ctx.checklist, ctx.actor.round);
  const forms = roundForms(ctx);
  if (forms.length < 2) return view;
  const keep = (o: { organisationId: string }) => only === undefined || o.organisationId === only;
  return {
    ...view,
    formTitle: ctx.checklist.title[ctx.locale],
    forms: forms.slice(1).map((checklist) => {
      const own = clusterSummary(formState(state, checklist.id), checklist, summary.cluster, ctx.now);
      return {
        title: checklist.title[ctx.locale],
        rows: own.organisations.filter(keep).map((o) => statusRow(o, checklist)),
      };
    }),
  };
}

export async function statusCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { actor, say } = ctx;
  const state = await loadRoundState(ctx.deps.store, actor.round);
  const summarise = (c: Cluster) => clusterSummary(state, ctx.checklist, c, ctx.now);
  if (argument) {
    const cluster = findByName(actor.round.clusters, argument);
    if (!cluster) {
      const known = mayAct(actor, "status", { round: true })
        ? actor.round.clusters.map((c) => c.name).join(", ")
        : undefined;
      return [privateNotice(say.notFoundTitle, say.unknownCluster(argument, known))];
    }
    const target = { clusterId: cluster.id };
    if (!mayAct(actor, "status", target)) {
      await refuseAttempt(ctx, `status ${argument}`, target);
      // A mentor asking about another cluster gets their own cluster, which they may see; others their row.
      if (actor.cluster && mayAct(actor, "status", { clusterId: actor.cluster.id })) {
        const summary = summarise(actor.cluster);
        const view = withUpdates(formsView(ctx, state, summary), state, summary);
        return [
          privateNotice(say.refusedTitle, say.statusOtherCluster(actor.cluster.name)),
          { type: "private", card: statusCard(view, ctx.locale) },
        ];
      }
      return ownOrganisation(ctx, state, summarise, true);
    }
    const summary = summarise(cluster);
    const view = withUpdates(formsView(ctx, state, summary), state, summary);
    return [{ type: "message", card: statusCard(view, ctx.locale) }];
  }
  if (!actor.cluster && mayAct(actor, "status", { round: true })) {
    const view: RoundOverviewView = {
      roundName: actor.round.name,
      clusters: actor.round.clusters.map((c) =>
        overviewLine(clusterSummary(state, ctx.checklist, c, ctx.now, false)),
      ),
    };
    return [{ type: "message", card: roundOverviewCard(view, ctx.locale) }];
  }
  if (actor.cluster && mayAct(actor, "status", { clusterId: actor.cluster.id })) {
    const summary = summarise(actor.cluster);
    const view = withUpdates(formsView(ctx, state, summary), state, summary);
    return [{ type: "message", card: statusCard(view, ctx.locale) }];
  }
  return ownOrganisation(ctx, state, summarise, false);
}

/** Each organisation's presentation links and last update go with its row. */
function withUpdates(view: StatusView, state: RoundState, summary: ClusterSummary): StatusView {
  return { ...view, updates: statusUpdates(state, summary), timeZone: state.round.timeZone };
}

function ownOrganisation(
  ctx: Context,
  state: RoundState,
  summarise: (c: Cluster) => ClusterSummary,
  explain: boolean,
): Reply[] {
  const { actor } = ctx;
  if (
    !actor.cluster ||
    !actor.organisation ||
    !mayAct(actor, "status", { organisationId: actor.organisation.id })
  )
    return [privateNotice(ctx.say.refusedTitle, ctx.say.onlyProjectManagers)];
  const summary = summarise(actor.cluster);
  const own: ClusterSummary = {
    ...summary,
    organisations: summary.organisations.filter((o) => o.organisationId === actor.organisation?.id),
  };
  const view: StatusView = withUpdates(formsView(ctx, state, own, actor.organisation.id), state, own);
  const card: Reply = { type: "private", card: statusCard(view, ctx.locale) };
  return explain ? [privateNotice(ctx.say.refusedTitle, ctx.say.statusOthersOnly), card] : [card];
}

function overviewLine(summary: ClusterSummary): RoundOverviewView["clusters"][number] {
  return {
    clusterName: summary.cluster.name,
    step: summary.step,
    nextMeeting: summary.next && { meeting: summary.next.id, date: summary.next.date },
    assessmentsDone: summary.organisations.filter((o) => o.openRoundDone).length,
    organisations: summary.organisations.length,
    ready: summary.organisations.filter((o) => o.ready).length,
    concluded: summary.concluded,
  };
}
