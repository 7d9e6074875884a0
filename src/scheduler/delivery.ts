// One message to one channel: claim its outbox key when the post is handed to the platform, send, record
// the outcome. A claim is taken once, ever, so two instances (or two ticks) can never both send it; and it
// is taken only when the post leaves (after the channel's pace), so a claim left open by a stopped
// instance means "may have reached the platform", never "was still waiting in this process".
import type { Card } from "../../cards/model.ts";
import type { ChannelSender, SendOutcome } from "../delivery/sender-port.ts";
import type { ChatHome, Platform } from "../domain/round.ts";
import { errorMessage } from "../logging/error-message.ts";
import type { Store } from "../store/port.ts";
import { failureOf, type OutboxFailure } from "./outbox-failure.ts";
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

// A sender that throws has a bug; the post may or may not have gone out.
async function safeSend(
  sender: ChannelSender,
  d: Delivery,
  handOff: (() => Promise<boolean>) | undefined,
): Promise<SendOutcome> {
  try {
    return await sender.send(d.home, d.card, d.key, handOff ? { handOff } : {});
  } catch (error) {
    return { ok: false, permanent: false, ambiguous: true, error: `sender threw: ${errorMessage(error)}` };
  }
}

async function record(ctx: DeliveryContext, d: Delivery, outcome: SendOutcome, now: Date, attempt: number) {
  const at = now.toISOString();
  if (outcome.ok) {
    await ctx.store.completeOutbox(d.key, { state: "sent", messageId: outcome.messageId, at });
    return { status: "sent" as const, messageId: outcome.messageId };
  }
  const failure = failureOf(outcome, attempt);
  await ctx.store.completeOutbox(d.key, { state: "failed", failure, at });
  return { status: "failed" as const, failure };
}

function noSender(d: Delivery, attempt: number): SendOutcome {
  return {
    ok: false,
    permanent: false,
    ambiguous: false,
    error: `no ${d.home.platform} sender (${attempt})`,
  };
}

/** Sends under a claim this instance already holds, and records the outcome on the outbox entry. */
export async function sendClaimed(
  ctx: DeliveryContext,
  d: Delivery,
  now: Date,
  attempt: number,
): Promise<DeliveryResult> {
  const sender = ctx.senders[d.home.platform];
  if (!sender) return record(ctx, d, noSender(d, attempt), now, attempt);
  ctx.inFlight.add(d.key);
  try {
    return await record(ctx, d, await safeSend(sender, d, undefined), now, attempt);
  } finally {
    ctx.inFlight.delete(d.key);
  }
}

export async function claimAndSend(ctx: DeliveryContext, d: Delivery, now: Date): Promise<DeliveryResult> {
  let claim: Promise<boolean> | undefined;
  const handOff = () => {
    claim ??= ctx.store
      .claimOutbox({
        key: d.key,
        roundId: d.roundId,
        organisationId: d.organisationId,
        meeting: d.meeting,
        kind: d.kind,
        claimedBy: ctx.instanceId,
        claimedAt: now.toISOString(),
      })
      .then((claimed) => {
        if (claimed) ctx.inFlight.add(d.key);
        return claimed;
      });
    return claim;
  };
  const sender = ctx.senders[d.home.platform];
  try {
    const outcome = sender ? await safeSend(sender, d, handOff) : noSender(d, 1);
    // A post that never left (refused before, no token, credentials unavailable) is claimed now so that
    // its failure is on record; one that left was claimed when it did.
    if (!(await handOff())) return { status: "taken" };
    return await record(ctx, d, outcome, now, 1);
  } finally {
    ctx.inFlight.delete(d.key);
  }
}
