// `published <link>`: the key person marks this organisation's presentation for the next benchmarking meeting.

import { formatDate } from "../../../cards/format.ts";
import { type LinkFormView, linkForm } from "../../../cards/link-form.ts";
import type { MeetingRef } from "../../../cards/view-models.ts";
import { hasPassed } from "../../domain/calendar.ts";
import { isAfterDeadline, itemDeadline, publishedAt } from "../../domain/lateness.ts";
import type { BenchmarkingMeeting, Cluster, MeetingId } from "../../domain/round.ts";
import { BENCHMARKING_MEETINGS } from "../../domain/round.ts";
import type { PresentationMark } from "../../store/port.ts";
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
export function nextBenchmarkingMeeting(ctx: Context, cluster: Cluster): BenchmarkingMeeting | undefined {
  const { round } = ctx.actor;
  for (const id of BENCHMARKING_MEETINGS) {
    const meeting = cluster.meetings.find((m) => m.id === id);
    if (meeting && !hasPassed(meeting.date, round.timeZone, ctx.now)) return meeting;
  }
  return undefined;
}

/**
 * A mark made after its deadline says so: it is kept, and counts as late. A corrected link keeps the first
 * mark's time, so correcting an item published in time does not make it late. The note is a paragraph of
 * its own: the confirmation ends with the link, which a full stop would spoil.
 */
export function withLateNote(
  ctx: Context,
  cluster: Cluster,
  meeting: MeetingId,
  mark: PresentationMark,
  text: string,
): string {
  const deadline = itemDeadline(ctx.actor.round, cluster, meeting);
  if (!deadline || !isAfterDeadline(publishedAt(mark), deadline, ctx.actor.round.timeZone)) return text;
  return `${text}\n\n${ctx.say.markedLate(formatDate(deadline, ctx.locale))}`;
}

/** The mark for the same item before this one, if any: a correction carries its first time forward. */
export async function firstMark(
  ctx: Context,
  organisationId: string,
  meeting: PresentationMark["meeting"],
): Promise<{ firstMarkedAt?: string }> {
  const marks = await ctx.deps.store.listPresentations(ctx.actor.round.id);
  const earlier = marks.find((m) => m.organisationId === organisationId && m.meeting === meeting);
  return earlier ? { firstMarkedAt: publishedAt(earlier) } : {};
}

/** The meeting as a form names it: which one, its day and its host. */
export function meetingRef(ctx: Context, meeting: BenchmarkingMeeting): MeetingRef {
  const host = ctx.actor.round.organisations.find((o) => o.id === meeting.host)?.name;
  return { meeting: meeting.id, date: meeting.date, host };
}

/**
 * `published <link> [organisation]`: the organisation is for project managers outside its channel.
 * `forMeeting` is the meeting a link form named: a link sent once that meeting has passed is not moved to
 * the next one unasked.
 */
export async function publishedCommand(
  ctx: Context,
  argument: string,
  forMeeting?: string,
): Promise<Reply[]> {
  const { say } = ctx;
  const [typedLink = "", ...rest] = argument.split(/\s+/);
  const who = await organisationTarget(ctx, "published", rest.join(" "), say.onlyKeyPerson);
  if (!who.ok) return who.replies;
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  const next = nextBenchmarkingMeeting(ctx, who.cluster);
  if (!next) return [privateNotice(say.noMeetingAheadTitle, say.publishedNothingAhead)];
  // Without a link (a reminder's button, or the word alone) the bot asks for it: nothing is marked yet.
  if (!typedLink) return [linkFormReply(ctx, who, { item: "presentation", meeting: meetingRef(ctx, next) })];
  if (typedLink.length > MAX_LINK_LENGTH)
    return [privateNotice(say.formatTitle, say.publishedLinkTooLong(MAX_LINK_LENGTH))];
  const link = asLink(typedLink);
  if (!link) return [privateNotice(say.formatTitle, say.publishedBadLink)];
  if (forMeeting !== undefined && forMeeting !== next.id) {
    const was = BENCHMARKING_MEETINGS.find((id) => id === forMeeting);
    if (!was) return [privateNotice(say.refusedTitle, say.formUnknown)];
    return [
      privateNotice(
        say.meetingPassedTitle,
        say.publishedMeetingPassed(say.meeting[was], say.meeting[next.id]),
      ),
    ];
  }
  const meeting = next.id;
  const stored = await ctx.deps.store.markPresentation({
    roundId: ctx.actor.round.id,
    organisationId: who.organisation.id,
    meeting,
    link,
    markedBy: ctx.actor.email,
    markedAt: ctx.now.toISOString(),
    ...(await firstMark(ctx, who.organisation.id, meeting)),
    idempotencyKey: writeKey("presentation", ctx.actor.round.id, who.organisation.id, ctx.event.eventId),
  });
  await recordOnBehalf(ctx, who, `published ${say.meeting[meeting]}`, stored.duplicate);
  const text = say.published(who.organisation.name, say.meeting[meeting], stored.value.link);
  return [publicNotice(say.publishedTitle, withLateNote(ctx, who.cluster, meeting, stored.value, text))];
}

type LinkItemView = { item: "presentation"; meeting: MeetingRef } | { item: "description" };

/** The form that asks for the link, for the organisation the command acts on. */
export function linkFormReply(
  ctx: Context,
  who: { organisation: { id: string; name: string } },
  what: LinkItemView,
): Reply {
  return { type: "form", card: linkForm(linkFormView(ctx, who, ctx.deps.newNonce(), what), ctx.locale) };
}

export function linkFormView(
  ctx: Context,
  who: { organisation: { id: string; name: string } },
  nonce: string,
  what: LinkItemView,
): LinkFormView {
  return {
    roundId: ctx.actor.round.id,
    organisationId: who.organisation.id,
    nonce,
    organisationName: who.organisation.name,
    ...what,
  };
}
