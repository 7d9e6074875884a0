// De-duplication of platform retries and scheduler tick claims, decided by unique indexes.
import type { EventOps } from "../port.ts";
import { COLLECTIONS, collection, type MongoContext } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

interface EventDocument {
  eventId: string;
  seenAt: string;
  expiresMs: number;
  /** For the TTL index, which needs a BSON date. */
  expiresAt: Date;
}

interface TickDocument {
  tickKey: string;
  instanceId: string;
  at: string;
  atDate: Date;
}

export function eventOps(ctx: MongoContext): EventOps {
  const events = collection<EventDocument>(ctx, COLLECTIONS.inboundEvents);
  const ticks = collection<TickDocument>(ctx, COLLECTIONS.schedulerTicks);
  return {
    async rememberEvent(eventId, at, expiresAt) {
      const expiresMs = instant(expiresAt);
      try {
        // Matches only an expired id (taken over) or none (inserted); a live id collides on the index.
        await events.updateOne(
          { eventId, expiresMs: { $lte: instant(at) } },
          { $set: { seenAt: at, expiresMs, expiresAt: new Date(expiresMs) } },
          { upsert: true },
        );
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async forgetEvent(eventId) {
      await events.deleteOne({ eventId });
    },
    async claimTick(tickKey, instanceId, at) {
      try {
        await ticks.insertOne({ tickKey, instanceId, at, atDate: new Date(instant(at)) });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
  };
}

function instant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 instant: ${iso}`);
  return ms;
}
