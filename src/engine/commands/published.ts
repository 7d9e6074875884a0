// `published <link>`: the key person marks this organisation's presentation for the next benchmarking meeting.

import { type LinkItem, linkForm } from "../../../cards/link-form.ts";
import { hasPassed } from "../../domain/calendar.ts";
import type { BenchmarkingMeetingId, Cluster } from "../../domain/round.ts";
import { BENCHMARKING_MEETINGS } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { writeKey } from "../forms/write-key.ts";
import { privateNotice, publicNotice } from "../replies.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { organisationTarget, recordOnBehalf } from "../target.ts";

/** Longer than any real presentation link; a link is stored and shown in every status card. */
export const MAX_LINK_LENGTH = 2_000;

export function asLink(text: string): string | undefined {
  const candidate = text.trim().replace(/^<|>$/g, "").split("|")[0] ?? "";
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The first benchmarking meeting that has not passed: before the start-up meeting, that is meeting 1. */
function nextBenchmarkingMeeting(ctx: Context, cluster: Cluster): BenchmarkingMeetingId | undefined {
  const { round } = ctx.actor;
  return BENCHMARKING_MEETINGS.find((id) => {
    const date = cluster.meetings.find((m) => m.id === id)?.date;
    return date !== undefined && !hasPassed(date, round.timeZone, ctx.now);
  });
}

/** `published <link> [organisation]`: the organisation is for project managers outside its channel. */
export async function publishedCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { say } = ctx;
  const [typedLink = "", ...rest] = argument.split(/\s+/);
  const who = await organisationTarget(ctx, "published", rest.join(" "), say.onlyKeyPerson);
  if (!who.ok) return who.replies;
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  // Without a link (a reminder's button, or the word alone) the bot asks for it: nothing is marked yet.
  if (!typedLink) return [linkFormReply(ctx, who, "presentation")];
  if (typedLink.length > MAX_LINK_LENGTH)
    return [privateNotice(say.formatTitle, say.publishedLinkTooLong(MAX_LINK_LENGTH))];
  const link = asLink(typedLink);
  if (!link) return [privateNotice(say.formatTitle, say.publishedBadLink)];
  const meeting = nextBenchmarkingMeeting(ctx, who.cluster);
  if (!meeting) return [privateNotice(say.noMeetingAheadTitle, say.publishedNothingAhead)];
  const stored = await ctx.deps.store.markPresentation({
    roundId: ctx.actor.round.id,
    organisationId: who.organisation.id,
    meeting,
    link,
    markedBy: ctx.actor.email,
    markedAt: ctx.now.toISOString(),
    idempotencyKey: writeKey("presentation", ctx.actor.round.id, who.organisation.id, ctx.event.eventId),
  });
  await recordOnBehalf(ctx, who, `published ${say.meeting[meeting]}`, stored.duplicate);
  return [
    publicNotice(
      say.publishedTitle,
      say.published(who.organisation.name, say.meeting[meeting], stored.value.link),
    ),
  ];
}

/** The form that asks for the link, for the organisation the command acts on. */
export function linkFormReply(
  ctx: Context,
  who: { organisation: { id: string; name: string } },
  item: LinkItem,
): Reply {
  const card = linkForm(
    {
      roundId: ctx.actor.round.id,
      organisationId: who.organisation.id,
      nonce: ctx.deps.newNonce(),
      organisationName: who.organisation.name,
      item,
    },
    ctx.locale,
  );
  return { type: "form", card };
}
