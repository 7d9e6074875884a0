// `bind <organisation>`: a project manager makes this channel or chat an organisation's home.

import { recordAction } from "../audit.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { findByName } from "../find-by-name.ts";
import { mayAct } from "../permissions.ts";
import { privateNotice, publicNotice } from "../replies.ts";

export async function bindCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { actor, say, event } = ctx;
  if (!mayAct(actor, "bind", { round: true }))
    return [privateNotice(say.refusedTitle, say.onlyProjectManagers)];
  if (!argument) return [privateNotice(say.formatTitle, say.bindUsage)];
  const organisation = findByName(actor.round.organisations, argument);
  if (!organisation) {
    const known = actor.round.organisations.map((o) => o.name).join(", ");
    return [privateNotice(say.notFoundTitle, say.bindUnknown(argument, known))];
  }
  if (event.platform === "playground") return [privateNotice(say.refusedTitle, say.bindNotHere)];
  await ctx.deps.store.saveBinding({
    platform: event.platform,
    workspace: event.workspace,
    channel: event.channel,
    roundId: actor.round.id,
    organisationId: organisation.id,
    boundBy: actor.email,
    boundAt: ctx.now.toISOString(),
  });
  await recordAction(
    ctx,
    "bind",
    `bind ${organisation.id} ${event.platform} ${event.workspace} ${event.channel}`,
    {
      organisationId: organisation.id,
    },
  );
  return [publicNotice(say.boundTitle, say.bound(organisation.name, actor.round.name))];
}
