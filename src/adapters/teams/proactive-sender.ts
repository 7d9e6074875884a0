// Proactive posts (reminders, notices) to a Teams channel or chat, for the scheduler. The stored reference
// from the conversation's latest activity is used; before any activity, one built from the round file.

import type { Card } from "../../../cards/model.ts";
import {
  type ChannelSender,
  NotHandedOff,
  type SendOptions,
  type SendOutcome,
} from "../../delivery/sender-port.ts";
import type { ChatHome } from "../../domain/round.ts";
import type { Logger } from "../../logging/logger.ts";
import { cardMessage, type OutgoingMessage } from "./card-activity.ts";
import {
  conversationReferenceSchema,
  referenceFromHome,
  type StoredConversationReference,
} from "./conversation-reference.ts";
import type { SendThrottle } from "./send-throttle.ts";
import { type RetryPolicy, sendWithRetry } from "./send-with-retry.ts";
import type { Clock, TeamsStore } from "./teams-ports.ts";

/** Posts a new message (no reply) in the referenced conversation through the Teams library; its id. */
export type ProactivePost = (
  reference: StoredConversationReference,
  message: OutgoingMessage,
) => Promise<string>;

export interface ProactiveDependencies {
  post: ProactivePost;
  /** The region's service URL for conversations that have not sent an activity yet. */
  serviceUrl: string;
  store: Pick<TeamsStore, "getConversationReference">;
  throttle: SendThrottle;
  retry: RetryPolicy;
  logger: Logger;
  clock: Clock;
}

/**
 * After the token endpoint failed, the other posts of a fan-out fail at once for this long instead of each
 * asking it again: the whole app is without a token, and the scheduler tries them all again later.
 */
export const TOKEN_OUTAGE_MS = 30_000;

export function createProactiveSender(deps: ProactiveDependencies): ChannelSender {
  let tokenFailedAt = Number.NEGATIVE_INFINITY;
  let tokenError = "";
  return {
    platform: "teams",
    async send(home: ChatHome, card: Card, key: string, options?: SendOptions): Promise<SendOutcome> {
      if (deps.clock().getTime() - tokenFailedAt < TOKEN_OUTAGE_MS) {
        return { ok: false, permanent: false, ambiguous: false, unavailable: true, error: tokenError };
      }
      const reference = await referenceFor(home, deps);
      let handedOff = false;
      const outcome = await sendWithRetry(async () => {
        // The place is held until the answer: a post still on its way counts against the second.
        const free = await deps.throttle.acquire(home.workspace, home.channel);
        try {
          // The outbox claim is taken once the pace lets the post leave, never while it waits here.
          if (!handedOff && options?.handOff) {
            handedOff = true;
            if (!(await options.handOff())) throw new NotHandedOff(key);
          }
          return await deps.post(reference, cardMessage(card));
        } finally {
          free();
        }
      }, deps.retry);
      if (!outcome.ok && outcome.unavailable) {
        tokenFailedAt = deps.clock().getTime();
        tokenError = outcome.error;
      }
      if (!outcome.ok) deps.logger.warn("teams: proactive post failed", { key, ...outcome });
      return outcome;
    },
  };
}

async function referenceFor(
  home: ChatHome,
  deps: ProactiveDependencies,
): Promise<StoredConversationReference> {
  const stored = await deps.store.getConversationReference("teams", home.workspace, home.channel);
  const parsed = conversationReferenceSchema.safeParse(stored?.reference);
  if (stored && !parsed.success)
    deps.logger.warn("teams: stored conversation reference unreadable", { home });
  return parsed.success ? parsed.data : referenceFromHome(home, deps.serviceUrl);
}
