// `description <link>` (`beskrivning`): the key person marks the organisation's description (facts, where
// it stands) for the start-up meeting as published. Accepted after the deadline too: it is then late.
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { writeKey } from "../forms/write-key.ts";
import { privateNotice, publicNotice } from "../replies.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { organisationTarget, recordOnBehalf } from "../target.ts";
import { asLink, firstMark, linkFormReply, MAX_LINK_LENGTH, withLateNote } from "./published.ts";

/** `description <link> [organisation]`: the organisation is for project managers outside its channel. */
export async function descriptionCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { say } = ctx;
  const [typedLink = "", ...rest] = argument.split(/\s+/);
  const who = await organisationTarget(ctx, "description", rest.join(" "), say.onlyKeyPersonDescription);
  if (!who.ok) return who.replies;
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  if (!typedLink) return [linkFormReply(ctx, who, { item: "description" })];
  if (typedLink.length > MAX_LINK_LENGTH)
    return [privateNotice(say.formatTitle, say.publishedLinkTooLong(MAX_LINK_LENGTH))];
  const link = asLink(typedLink);
  if (!link) return [privateNotice(say.formatTitle, say.publishedBadLink)];
  const stored = await ctx.deps.store.markPresentation({
    roundId: ctx.actor.round.id,
    organisationId: who.organisation.id,
    meeting: "start-up",
    link,
    markedBy: ctx.actor.email,
    markedAt: ctx.now.toISOString(),
    ...(await firstMark(ctx, who.organisation.id, "start-up")),
    idempotencyKey: writeKey("description", ctx.actor.round.id, who.organisation.id, ctx.event.eventId),
  });
  await recordOnBehalf(ctx, who, "description", stored.duplicate);
  const text = say.description(who.organisation.name, stored.value.link);
  return [publicNotice(say.descriptionTitle, withLateNote(ctx, who.cluster, "start-up", stored.value, text))];
}
