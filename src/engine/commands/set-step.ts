// `setstep <1–8> [cluster]`: a mentor or project manager sets the cluster's step by hand. It holds
// until the calendar itself moves on (see currentStep in the domain).
import { STEP_COUNT } from "../../domain/calendar.ts";
import { recordAction } from "../audit.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { findByName } from "../find-by-name.ts";
import { mayAct, mayRun } from "../permissions.ts";
import { privateNotice, publicNotice } from "../replies.ts";
import { refuseAttempt } from "../target.ts";

export async function setStepCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { actor, say } = ctx;
  if (!mayRun(actor, "setstep")) return [privateNotice(say.refusedTitle, say.setStepNotYours)];
  const match = /^(\d+)\s*(.*)$/.exec(argument);
  const step = match ? Number(match[1]) : Number.NaN;
  if (!match || !Number.isInteger(step) || step < 1 || step > STEP_COUNT) {
    return [privateNotice(say.formatTitle, say.setStepUsage)];
  }
  const named = (match[2] ?? "").trim();
  const cluster = named ? findByName(actor.round.clusters, named) : actor.cluster;
  if (!cluster) {
    const known = mayAct(actor, "setstep", { round: true })
      ? actor.round.clusters.map((c) => c.name).join(", ")
      : undefined;
    return [
      named
        ? privateNotice(say.notFoundTitle, say.unknownCluster(named, known))
        : privateNotice(say.formatTitle, say.setStepUsage),
    ];
  }
  const target = { clusterId: cluster.id };
  if (!mayAct(actor, "setstep", target)) {
    await refuseAttempt(ctx, `setstep ${step} ${named}`.trim(), target);
    return [privateNotice(say.refusedTitle, say.setStepNotYours)];
  }
  await ctx.deps.store.setStepOverride({
    roundId: actor.round.id,
    clusterId: cluster.id,
    step,
    setBy: actor.email,
    setAt: ctx.now.toISOString(),
  });
  await recordAction(ctx, "setstep", `setstep ${step}`, target);
  return [publicNotice(say.stepSetTitle, say.stepSet(cluster.name, step))];
}
