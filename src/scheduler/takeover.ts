// Outbox entries that a tick finds unfinished: a claim whose instance stopped mid-send (its claim is older
// than the lease), or a transient failure worth another try. One instance per key and lease period wins
// the takeover (a scheduler claim in the store), so two instances never take over the same entry.
//
// Exactly once after a crash needs to know whether the stopped instance's post arrived. Where the sender
// can look a post up by its key (Slack: the post's metadata), the post is recorded as sent when found and
// sent when not: by the end of the lease any request of the stopped instance has been answered. Where it
// cannot (Teams), the post is never resent: the entry is recorded as ambiguous and the project managers
// are told, so that a person checks. At most once there, never twice.
import type { Card } from "../../cards/model.ts";
import type { OutboxEntry } from "../store/port.ts";
import { type Delivery, type DeliveryContext, type DeliveryResult, sendClaimed } from "./delivery.ts";
import { formatFailure, mayRetry, type OutboxFailure, parseFailure } from "./outbox-failure.ts";

export type TakeoverResult =
  | DeliveryResult
  /** Teams: the stopped instance may or may not have posted it; not resent. */
  | { status: "unknown"; failure: OutboxFailure }
  /** Not sent: it no longer needs sending (too late, or nothing is missing any more). */
  | { status: "closed" };

export function takeoverKey(key: string, now: Date, leaseMs: number): string {
  return `outbox-takeover/${key}/${Math.floor(now.getTime() / leaseMs)}`;
}

export function isAbandoned(entry: OutboxEntry, now: Date, leaseMs: number, inFlight: Set<string>): boolean {
  return (
    entry.state === "claimed" &&
    !inFlight.has(entry.key) &&
    Date.parse(entry.claimedAt) + leaseMs <= now.getTime()
  );
}

async function winTakeover(ctx: DeliveryContext, key: string, now: Date, leaseMs: number) {
  const won = await ctx.store.claimTick(takeoverKey(key, now, leaseMs), ctx.instanceId, now.toISOString());
  return won ? ctx.store.getOutbox(key) : undefined;
}

async function close(ctx: DeliveryContext, key: string, failure: OutboxFailure, now: Date) {
  await ctx.store.completeOutbox(key, {
    state: "failed",
    error: formatFailure(failure),
    at: now.toISOString(),
  });
}

/** `card` is undefined when the message must not be sent now (stale, or nothing missing). */
export async function recoverClaim(
  ctx: DeliveryContext,
  target: Omit<Delivery, "card"> & { card: Card | undefined },
  now: Date,
  leaseMs: number,
): Promise<TakeoverResult> {
  const entry = await winTakeover(ctx, target.key, now, leaseMs);
  if (entry?.state !== "claimed") return { status: "taken" };
  const sender = ctx.senders[target.home.platform];
  if (!sender?.findSent) {
    const error = `the sending instance stopped mid-send and ${target.home.platform} cannot be checked; not resent`;
    const failure: OutboxFailure = { class: "ambiguous", attempts: 1, error };
    await close(ctx, target.key, failure, now);
    return { status: "unknown", failure };
  }
  const found = await sender.findSent(target.home, target.key);
  if (found !== undefined) {
    await ctx.store.completeOutbox(target.key, { state: "sent", messageId: found, at: now.toISOString() });
    return { status: "sent", messageId: found, recovered: true };
  }
  if (!target.card) {
    await close(ctx, target.key, { class: "closed", attempts: 1, error: "not sent: no longer due" }, now);
    return { status: "closed" };
  }
  return sendClaimed(ctx, { ...target, card: target.card }, now, 1);
}

export async function retryFailed(
  ctx: DeliveryContext,
  delivery: Delivery,
  now: Date,
  leaseMs: number,
): Promise<TakeoverResult> {
  const entry = await winTakeover(ctx, delivery.key, now, leaseMs);
  if (entry?.state !== "failed" || !mayRetry(entry.error)) return { status: "taken" };
  return sendClaimed(ctx, delivery, now, parseFailure(entry.error).attempts + 1);
}
