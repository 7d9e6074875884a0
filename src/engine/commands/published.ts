// `published <link>`: the key person marks this organisation's presentation for the next benchmarking meeting.
import { hasPassed } from "../../domain/calendar.ts";
import type { BenchmarkingMeetingId, Cluster } from "../../domain/round.ts";
import { BENCHMARKING_MEETINGS } from "../../domain/round.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { writeKey } from "../forms/write-key.ts";
import { privateNotice, publicNotice } from "../replies.ts";
import { concludedRefusal } from "../round-concluded.ts";
import { participantOnly } from "./participant-only.ts";

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

export async function publishedCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { say } = ctx;
  const who = participantOnly(ctx);
  if (!who.ok) return who.replies;
  if (ctx.actor.role !== "key-person" && !ctx.actor.projectManager) {
    return [privateNotice(say.refusedTitle, say.onlyKeyPerson)];
  }
  const closed = concludedRefusal(ctx, false);
  if (closed) return closed;
  if (!argument) return [privateNotice(say.publishedTitle, say.publishedUsage)];
  const link = asLink(argument);
  if (!link) return [privateNotice(say.refusedTitle, say.publishedBadLink)];
  const meeting = nextBenchmarkingMeeting(ctx, who.cluster);
  if (!meeting) return [privateNotice(say.refusedTitle, say.publishedNothingAhead)];
  const stored = await ctx.deps.store.markPresentation({
    roundId: ctx.actor.round.id,
    organisationId: who.organisation.id,
    meeting,
    link,
    markedBy: ctx.actor.email,
    markedAt: ctx.now.toISOString(),
    idempotencyKey: writeKey("presentation", ctx.actor.round.id, who.organisation.id, ctx.event.eventId),
  });
  return [
    publicNotice(
      say.publishedTitle,
      say.published(who.organisation.name, say.meeting[meeting], stored.value.link),
    ),
  ];
}
