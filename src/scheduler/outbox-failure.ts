// A failed outbox entry says in its error why it failed, so that a later tick knows whether it may try
// again: only a transient failure (throttled past the sender's budget, a refused request) is retried.
import type { SendOutcome } from "../delivery/sender-port.ts";

export type FailureClass = "permanent" | "ambiguous" | "transient" | "closed";

export interface OutboxFailure {
  class: FailureClass;
  /** Attempts made so far (transient failures only). */
  attempts: number;
  error: string;
}

/** A transient failure is tried again by later ticks, at most this many times in all. */
export const MAX_ATTEMPTS = 3;

const PATTERN = /^(permanent|ambiguous|transient|closed)(?: \(attempt (\d+)\))?: ([\s\S]*)$/;

export function formatFailure(failure: OutboxFailure): string {
  const attempt = failure.class === "transient" ? ` (attempt ${failure.attempts})` : "";
  return `${failure.class}${attempt}: ${failure.error}`;
}

/** An error written by someone else (or by hand) is treated as final: never retried. */
export function parseFailure(error: string | undefined): OutboxFailure {
  const match = PATTERN.exec(error ?? "");
  if (!match) return { class: "closed", attempts: 0, error: error ?? "" };
  return { class: match[1] as FailureClass, attempts: Number(match[2] ?? 0), error: match[3] ?? "" };
}

export function failureOf(outcome: Extract<SendOutcome, { ok: false }>, attempts: number): OutboxFailure {
  if (outcome.permanent) return { class: "permanent", attempts, error: outcome.error };
  if (outcome.ambiguous) return { class: "ambiguous", attempts, error: outcome.error };
  return { class: "transient", attempts, error: outcome.error };
}

export function mayRetry(error: string | undefined): boolean {
  const failure = parseFailure(error);
  return failure.class === "transient" && failure.attempts < MAX_ATTEMPTS;
}
