// `description <link>` (`beskrivning`): the key person marks the organisation's description (facts, where
// it stands) for the start-up meeting as published. Accepted after the deadline too: it is then late.
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { writeKey } from "../forms/write-key.ts";
import { privateNotice, publicNotice } from "../replies.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { participantOnly } from "./participant-only.ts";
import { asLink } from "./published.ts";

export async function descriptionCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { say } = ctx;
  const who = participantOnly(ctx);
  if (!who.ok) return who.replies;
  if (ctx.actor.role !== "key-person" && !ctx.actor.projectManager) {
    return [privateNotice(say.refusedTitle, say.onlyKeyPersonDescription)];
  }
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  if (!argument) return [privateNotice(say.descriptionTitle, say.descriptionUsage)];
  const link = asLink(argument);
  if (!link) return [privateNotice(say.refusedTitle, say.publishedBadLink)];
  const stored = await ctx.deps.store.markPresentation({
    roundId: ctx.actor.round.id,
    organisationId: who.organisation.id,
    meeting: "start-up",
    link,
    markedBy: ctx.actor.email,
    markedAt: ctx.now.toISOString(),
    idempotencyKey: writeKey("description", ctx.actor.round.id, who.organisation.id, ctx.event.eventId),
  });
  return [publicNotice(say.descriptionTitle, say.description(who.organisation.name, stored.value.link))];
}
