// One message to one channel: claim its outbox key, send, record the outcome. A claim is taken once,
// ever, so two instances (or two ticks) can never both send it.
import type { Card } from "../../cards/model.ts";
import type { ChannelSender, SendOutcome } from "../delivery/sender-port.ts";
import type { ChatHome, Platform } from "../domain/round.ts";
import type { Store } from "../store/port.ts";
import { failureOf, formatFailure, type OutboxFailure } from "./outbox-failure.ts";
import type { MessageKind } from "./tick-report.ts";

export interface Delivery {
  key: string;
  kind: MessageKind;
  roundId: string;
  organisationId: string;
  meeting: string;
  home: ChatHome;
  card: Card;
}

export type DeliveryResult =
  | { status: "sent"; messageId: string; recovered?: boolean | undefined }
  /** Another instance holds the key: it sends, not we. */
  | { status: "taken" }
  | { status: "failed"; failure: OutboxFailure };

export interface DeliveryContext {
  store: Store;
  senders: Partial<Record<Platform, ChannelSender>>;
  instanceId: string;
  /** Keys this instance is sending right now: never taken over from ourselves. */
  inFlight: Set<string>;
}

// A sender that throws has a bug; the post may or may not have gone out, so it is never resent.
async function safeSend(sender: ChannelSender, d: Delivery): Promise<SendOutcome> {
  try {
    return await sender.send(d.home, d.card, d.key);
  } catch (error) {
    return { ok: false, permanent: false, ambiguous: true, error: `sender threw: ${String(error)}` };
  }
}

/** Sends under a claim this instance already holds, and records the outcome on the outbox entry. */
export async function sendClaimed(
  ctx: DeliveryContext,
  d: Delivery,
  now: Date,
  attempt: number,
): Promise<DeliveryResult> {
  const sender = ctx.senders[d.home.platform];
  if (!sender) {
    const failure: OutboxFailure = {
      class: "transient",
      attempts: attempt,
      error: `no ${d.home.platform} sender`,
    };
    await ctx.store.completeOutbox(d.key, {
      state: "failed",
      error: formatFailure(failure),
      at: now.toISOString(),
    });
    return { status: "failed", failure };
  }
  ctx.inFlight.add(d.key);
  try {
    const outcome = await safeSend(sender, d);
    const at = now.toISOString();
    if (outcome.ok) {
      await ctx.store.completeOutbox(d.key, { state: "sent", messageId: outcome.messageId, at });
      return { status: "sent", messageId: outcome.messageId };
    }
    const failure = failureOf(outcome, attempt);
    await ctx.store.completeOutbox(d.key, { state: "failed", error: formatFailure(failure), at });
    return { status: "failed", failure };
  } finally {
    ctx.inFlight.delete(d.key);
  }
}

export async function claimAndSend(ctx: DeliveryContext, d: Delivery, now: Date): Promise<DeliveryResult> {
  const claimed = await ctx.store.claimOutbox({
    key: d.key,
    roundId: d.roundId,
    organisationId: d.organisationId,
    meeting: d.meeting,
    kind: d.kind,
    claimedBy: ctx.instanceId,
    claimedAt: now.toISOString(),
  });
  if (!claimed) return { status: "taken" };
  return sendClaimed(ctx, d, now, 1);
}
