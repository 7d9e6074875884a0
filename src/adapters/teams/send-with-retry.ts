// One post to the Bot Connector with bounded, jittered retries that never wait less than Retry-After.
import type { SendOutcome } from "../../delivery/sender-port.ts";
import { classifySendFailure } from "./send-failure.ts";
import type { Sleep } from "./teams-ports.ts";

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** A longer wait (e.g. a large Retry-After) gives up instead: the scheduler comes back later. */
  maxDelayMs: number;
  sleep: Sleep;
  /** [0, 1); injected so that tests can pin the jitter. */
  random: () => number;
  /**
   * How long, in waits, a post whose token cannot be had is tried again here. 0 (reminders): at once
   * reported unavailable, and the scheduler tries again on later ticks. A reply is waited for by a person
   * inside one turn, so it gets REPLY_TOKEN_BUDGET_MS.
   */
  unavailableBudgetMs?: number;
}

/** Within Teams' 15 s for a turn, with the engine's own time beside it: waits of 0.5, 1 and 2 s plus jitter. */
export const REPLY_TOKEN_BUDGET_MS = 6_000;

export const DEFAULT_RETRY: Omit<RetryPolicy, "sleep"> = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random,
};

export async function sendWithRetry(post: () => Promise<string>, policy: RetryPolicy): Promise<SendOutcome> {
  let waitedForToken = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, messageId: await post() };
    } catch (error) {
      const failure = classifySendFailure(error);
      if (failure.kind === "permanent")
        return { ok: false, permanent: true, ambiguous: false, error: failure.error };
      if (failure.kind === "ambiguous")
        return { ok: false, permanent: false, ambiguous: true, error: failure.error };
      if (failure.kind === "unavailable") {
        // Nothing left: a token that cannot be had is a transient failure of the whole tenant.
        const delay = retryDelay(attempt, undefined, policy);
        if (waitedForToken + delay > (policy.unavailableBudgetMs ?? 0))
          return { ok: false, permanent: false, ambiguous: false, unavailable: true, error: failure.error };
        waitedForToken += delay;
        await policy.sleep(delay);
        continue;
      }
      if (failure.kind === "failed" || attempt >= policy.maxAttempts) {
        return { ok: false, permanent: false, ambiguous: false, error: failure.error };
      }
      const delay = retryDelay(attempt, failure.retryAfterMs, policy);
      if (delay > policy.maxDelayMs) {
        return {
          ok: false,
          permanent: false,
          ambiguous: false,
          error: `${failure.error}, retry after ${delay} ms`,
        };
      }
      await policy.sleep(delay);
    }
  }
}

/** Exponential from baseDelayMs, at least Retry-After, plus up to half again as jitter. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
  const floor = Math.max(retryAfterMs ?? 0, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(floor + policy.random() * floor * 0.5);
}
