// Before failure classes were stored as codes, a failed outbox entry kept them in its `error` text
// ("transient (attempt 2): HTTP 503"). Read once, by each store's migration; nothing else parses it.
import type { OutboxFailure, OutboxFailureClass } from "./port.ts";

const PATTERN = /^(permanent|ambiguous|transient|closed|unavailable)(?: \(attempt (\d+)\))?: ([\s\S]*)$/;

/** An error text not in that form (written by hand, or by something else) is final: never retried. */
export function legacyOutboxFailure(error: string | undefined): OutboxFailure {
  const match = PATTERN.exec(error ?? "");
  if (!match) return { class: "closed", attempts: 0, error: error ?? "" };
  return { class: match[1] as OutboxFailureClass, attempts: Number(match[2] ?? 0), error: match[3] ?? "" };
}

/** The entry document with its legacy `error` text replaced by `failure` codes; undefined if it needs none. */
export function migrateOutboxDocument(doc: Record<string, unknown>): Record<string, unknown> | undefined {
  if (doc.state !== "failed" || doc.failure !== undefined) return undefined;
  const { error, ...rest } = doc;
  return { ...rest, failure: legacyOutboxFailure(typeof error === "string" ? error : undefined) };
}
