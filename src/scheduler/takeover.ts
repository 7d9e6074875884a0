// Outbox entries that a tick finds unfinished: a claim whose instance stopped mid-send (its claim is older
// than the lease), or a failure worth another try. One instance per key and lease period wins the
// takeover (a scheduler claim in the store), so two instances never take over the same entry.
//
// A claim is taken only when its post leaves for the platform (see delivery.ts), so an open claim means
// the post may have arrived. Where the sender can look a post up by its key (Slack: the post's metadata),
// it is recorded as sent when found and sent when not: by the end of the lease any request of the stopped
// instance has been answered. Where it cannot (Teams), it is resent once, and never again: a post is never
// lost to a crash, and at worst arrives twice (README, "Delivery under faults").
import type { Card } from "../../cards/model.ts";
import type { OutboxEntry } from "../store/port.ts";
import { type Delivery, type DeliveryContext, type DeliveryResult, sendClaimed } from "./delivery.ts";
import { failureOfEntry, MAX_AMBIGUOUS_ATTEMPTS, mayRetry, type OutboxFailure } from "./outbox-failure.ts";

export type TakeoverResult =
  | DeliveryResult
  /** Teams: the stopped instance may or may not have posted it, and it is no longer due; not resent. */
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
  await ctx.store.completeOutbox(key, { state: "failed", failure, at: now.toISOString() });
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
    if (!target.card) {
      const error = `the sending instance stopped mid-send, ${target.home.platform} cannot be checked and it is no longer due; not resent`;
      const failure: OutboxFailure = { class: "ambiguous", attempts: MAX_AMBIGUOUS_ATTEMPTS, error };
      await close(ctx, target.key, failure, now);
      return { status: "unknown", failure };
    }
    // Written before the resend: a second stop during it never leads to a third post.
    const error = `the sending instance stopped mid-send and ${target.home.platform} cannot be checked; resent once`;
    await close(ctx, target.key, { class: "ambiguous", attempts: MAX_AMBIGUOUS_ATTEMPTS, error }, now);
    return sendClaimed(ctx, { ...target, card: target.card }, now, MAX_AMBIGUOUS_ATTEMPTS);
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
  if (entry?.state !== "failed" || !mayRetry(failureOfEntry(entry))) return { status: "taken" };
  const previous = failureOfEntry(entry);
  const attempt = previous.attempts + 1;
  const sender = ctx.senders[delivery.home.platform];
  if (previous.class === "ambiguous" && sender?.findSent) {
    const found = await sender.findSent(delivery.home, delivery.key);
    if (found !== undefined) {
      await ctx.store.completeOutbox(delivery.key, {
        state: "sent",
        messageId: found,
        at: now.toISOString(),
      });
      return { status: "sent", messageId: found, recovered: true };
    }
  }
  if (previous.class === "ambiguous") {
    // Marked final before it leaves: at most one resend, whatever happens to this instance.
    const error = `${previous.error}; sent again once`;
    await close(ctx, delivery.key, { class: "ambiguous", attempts: attempt, error }, now);
  }
  return sendClaimed(ctx, delivery, now, attempt);
}
