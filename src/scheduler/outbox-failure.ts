// A failed outbox entry keeps why it failed as a code (its `failure`, stored by both stores), so that a later
// tick knows whether (and when) it may try again:
// - transient (throttled past the sender's budget, a refused request): again on later ticks, a few times;
// - ambiguous (the request left, no clear answer): once more after a delay. Slack first reads the channel
//   back for the post's metadata and sends only if it is not there; Teams cannot be read back, so it is
//   resent once (see README, "Delivery under faults");
// - unavailable (the platform's credentials could not be had, so nothing left): again with a growing
//   delay until the message goes stale; then the project managers are told once what was not delivered.
import type { SendOutcome } from "../delivery/sender-port.ts";
import type { OutboxEntry, OutboxFailure, OutboxFailureClass } from "../store/port.ts";

export type { OutboxFailure } from "../store/port.ts";

/** A transient failure is tried again by later ticks, at most this many times in all. */
export const MAX_ATTEMPTS = 3;
/** A post of unknown outcome gets this many attempts in all: the first and one check-then-resend. */
export const MAX_AMBIGUOUS_ATTEMPTS = 2;
/** How long after an unknown outcome the one further attempt waits: every earlier request has ended. */
export const AMBIGUOUS_RETRY_DELAY_MS = 60_000;
/** Unavailable credentials: tried again after 1, 2, 4 … minutes, at most every half hour. */
export const UNAVAILABLE_FIRST_DELAY_MS = 60_000;
export const UNAVAILABLE_MAX_DELAY_MS = 30 * 60_000;

const COUNTED: ReadonlySet<OutboxFailureClass> = new Set(["transient", "ambiguous", "unavailable"]);

/** The failure in words, for people (reports, logs): "transient (attempt 2): HTTP 503". */
export function formatFailure(failure: OutboxFailure): string {
  const attempt = COUNTED.has(failure.class) ? ` (attempt ${failure.attempts})` : "";
  return `${failure.class}${attempt}: ${failure.error}`;
}

/** A failed entry with no failure recorded (written by hand, say) is final: never retried. */
export function failureOfEntry(entry: Pick<OutboxEntry, "failure">): OutboxFailure {
  return entry.failure ?? { class: "closed", attempts: 0, error: "" };
}

export function failureOf(outcome: Extract<SendOutcome, { ok: false }>, attempts: number): OutboxFailure {
  if (outcome.permanent) return { class: "permanent", attempts, error: outcome.error };
  if (outcome.unavailable) return { class: "unavailable", attempts, error: outcome.error };
  if (outcome.ambiguous) return { class: "ambiguous", attempts, error: outcome.error };
  return { class: "transient", attempts, error: outcome.error };
}

/** Whether the entry may ever be tried again (an entry that may not is final). */
export function mayRetry(failure: OutboxFailure): boolean {
  switch (failure.class) {
    case "transient":
      return failure.attempts < MAX_ATTEMPTS;
    case "ambiguous":
      // Written before this rule (no attempt count) or already checked once: final.
      return failure.attempts >= 1 && failure.attempts < MAX_AMBIGUOUS_ATTEMPTS;
    case "unavailable":
      return true;
    default:
      return false;
  }
}

/** The instant from which a retryable failed entry may be tried again. */
export function retryAtMs(entry: Pick<OutboxEntry, "failure" | "updatedAt">): number {
  const failure = failureOfEntry(entry);
  const since = Date.parse(entry.updatedAt);
  if (failure.class === "ambiguous") return since + AMBIGUOUS_RETRY_DELAY_MS;
  if (failure.class === "unavailable") {
    const delay = UNAVAILABLE_FIRST_DELAY_MS * 2 ** Math.max(0, failure.attempts - 1);
    return since + Math.min(delay, UNAVAILABLE_MAX_DELAY_MS);
  }
  return since;
}

/** Failed only because the platform was unavailable: told to the project managers once it goes stale. */
export function isUndelivered(entry: Pick<OutboxEntry, "state" | "failure">): boolean {
  return entry.state === "failed" && failureOfEntry(entry).class === "unavailable";
}
