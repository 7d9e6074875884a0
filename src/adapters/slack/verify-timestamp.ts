// Runs before Bolt: Bolt rejects stale timestamps and bad signatures but accepts timestamps from the
// future, which would let a captured request be replayed later. A request is refused here when its
// signature headers are missing or its timestamp is more than five minutes away from now, either way.
import type { IncomingHttpHeaders } from "node:http";

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type TimestampCheck = { ok: true } | { ok: false; reason: string };

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function checkSlackTimestamp(headers: IncomingHttpHeaders, now: Date): TimestampCheck {
  const signature = single(headers["x-slack-signature"]);
  const timestamp = single(headers["x-slack-request-timestamp"]);
  if (!signature || !timestamp) return { ok: false, reason: "missing signature headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
  const skew = Number(timestamp) - Math.floor(now.getTime() / 1000);
  if (skew > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: "timestamp in the future" };
  if (skew < -MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: "stale timestamp" };
  return { ok: true };
}
