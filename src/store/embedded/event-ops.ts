// De-duplication of platform retries (inbound event ids with expiry) and scheduler tick claims.
import type { EventOps } from "../port.ts";
import type { SqliteContext } from "./context.ts";
import { groupCommit } from "./group-commit.ts";

/** Expired rows are swept every this many calls: cheap, and the table stays small. */
const SWEEP_EVERY = 256;
/** Tick claims are only contested for minutes; a week is plenty of margin. */
const TICK_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

export function eventOps(ctx: SqliteContext): EventOps {
  const db = ctx.db;
  // Inserts a new id, or takes over an expired one; a live id changes nothing.
  const remember = db.prepare<[string, string, number, number]>(
    `INSERT INTO inbound_events (event_id, seen_at, expires_ms) VALUES (?, ?, ?)
     ON CONFLICT (event_id) DO UPDATE SET seen_at = excluded.seen_at, expires_ms = excluded.expires_ms
     WHERE inbound_events.expires_ms <= ?`,
  );
  const sweepEvents = db.prepare<[number]>("DELETE FROM inbound_events WHERE expires_ms <= ?");
  const forget = db.prepare<[string]>("DELETE FROM inbound_events WHERE event_id = ?");
  const claim = db.prepare<[string, string, string, number]>(
    `INSERT INTO scheduler_ticks (tick_key, instance_id, at, at_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (tick_key) DO NOTHING`,
  );
  const sweepTicks = db.prepare<[number]>("DELETE FROM scheduler_ticks WHERE at_ms < ?");
  let calls = 0;
  const sweepNowAndThen = (atMs: number) => {
    if (++calls % SWEEP_EVERY !== 0) return;
    sweepEvents.run(atMs);
    sweepTicks.run(atMs - TICK_RETENTION_MS);
  };
  return {
    async rememberEvent(eventId, at, expiresAt) {
      const atMs = instant(at);
      return groupCommit(ctx, () => {
        sweepNowAndThen(atMs);
        return remember.run(eventId, at, instant(expiresAt), atMs).changes === 1;
      });
    },
    async forgetEvent(eventId) {
      await groupCommit(ctx, () => forget.run(eventId));
    },
    async claimTick(tickKey, instanceId, at) {
      const atMs = instant(at);
      return groupCommit(ctx, () => {
        sweepNowAndThen(atMs);
        return claim.run(tickKey, instanceId, at, atMs).changes === 1;
      });
    },
  };
}

function instant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 instant: ${iso}`);
  return ms;
}
