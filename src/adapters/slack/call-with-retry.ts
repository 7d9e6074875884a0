// The one retry rule for every Slack Web API call and response_url post the bot makes: a 429 waits out
// its Retry-After (with jitter on top, never less), a request that never reached Slack waits a growing
// pause, a call that Slack refused for good is not repeated, and a post whose outcome is unknown (a
// timeout, a 5xx) is repeated only when repeating it cannot post twice (`idempotent`).
import { classifyPostError, type PostFailure } from "./classify-error.ts";

export interface SlackRetryPolicy {
  /** Tries after the first. */
  maxRetries: number;
  /** A longer Retry-After is not waited for: the call fails (the scheduler comes back later). */
  maxWaitSeconds: number;
  sleep: (ms: number) => Promise<void>;
  /** [0, 1): injected so that tests can pin the jitter. */
  random: () => number;
}

/** Replies: a person is waiting, so a few short waits at most. */
export const REPLY_RETRY = { maxRetries: 3, maxWaitSeconds: 20 } as const;
const BASE_DELAY_MS = 250;

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** At least Retry-After (or the exponential pause), plus up to a tenth again, so that waiters spread out. */
export function slackRetryDelayMs(failure: PostFailure, attempt: number, random: () => number): number {
  const floor =
    failure.kind === "rate-limited" ? failure.retryAfterSeconds * 1000 : BASE_DELAY_MS * 2 ** attempt;
  return Math.round(floor + random() * floor * 0.1);
}

function retryable(failure: PostFailure, idempotent: boolean): boolean {
  // Slack's own `ok: false` answers (refused, permanent) are final.
  if (failure.kind === "rate-limited" || failure.kind === "not-sent") return true;
  return failure.kind === "ambiguous" && idempotent;
}

/** Runs `call`, retrying by the rule above; rejects with the last error when it gives up. */
export async function callWithRetry<T>(
  call: () => Promise<T>,
  policy: SlackRetryPolicy,
  idempotent: boolean,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const failure = classifyPostError(error);
      if (attempt >= policy.maxRetries || !retryable(failure, idempotent)) throw error;
      if (failure.kind === "rate-limited" && failure.retryAfterSeconds > policy.maxWaitSeconds) throw error;
      await policy.sleep(slackRetryDelayMs(failure, attempt, policy.random));
    }
  }
}
