// The reminder outbox: the unique key index lets exactly one claim of a reminder succeed, ever.
import type { Filter } from "mongodb";
import { migrateOutboxDocument } from "../legacy-outbox-failure.ts";
import type { OutboxEntry, OutboxOps, OutboxState } from "../port.ts";
import { checkRecord, outboxRecord, readRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

interface OutboxDocument {
  key: string;
  roundId: string;
  state: OutboxState;
  claimedAt: string;
  doc: unknown;
}

export function outboxOps(ctx: MongoContext): OutboxOps {
  const outbox = collection<OutboxDocument>(ctx, COLLECTIONS.outbox);
  const parse = (key: string, doc: unknown) =>
    readRecord(outboxRecord, doc, { table: COLLECTIONS.outbox, key }, ctx.report);
  const get = async (key: string) => {
    const row = await outbox.findOne({ key }, { projection: DOC_ONLY });
    return row ? parse(key, row.doc) : undefined;
  };
  return {
    async claimOutbox(input) {
      const entry = checkRecord(
        outboxRecord,
        { ...input, state: "claimed", updatedAt: input.claimedAt },
        "outbox",
      );
      const { key, roundId, claimedAt } = entry;
      try {
        await outbox.insertOne({ key, roundId, state: "claimed", claimedAt, doc: plainDocument(entry) });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async completeOutbox(key, outcome) {
      const entry = await get(key);
      if (!entry) return; // Never claimed (or unreadable): nothing to complete.
      const { at, ...rest } = outcome;
      const next: OutboxEntry = checkRecord(outboxRecord, { ...entry, ...rest, updatedAt: at }, "outbox");
      await outbox.updateOne({ key }, { $set: { state: next.state, doc: plainDocument(next) } });
    },
    getOutbox: get,
    async listOutbox(filter) {
      const query: Filter<OutboxDocument> = {};
      if (filter?.roundId !== undefined) query.roundId = filter.roundId;
      if (filter?.state !== undefined) query.state = filter.state;
      const rows = await outbox
        .find(query, { projection: { _id: 0, key: 1, doc: 1 } })
        .sort({ claimedAt: 1, key: 1 })
        .toArray();
      return rows.flatMap((row) => parse(row.key, row.doc) ?? []);
    },
  };
}

/**
 * Run at start, as the embedded store's migration 8: failed entries written before failure classes were
 * codes get them from their error text. Safe when several instances start at once (same result, once).
 */
export async function migrateOutboxFailures(ctx: MongoContext): Promise<void> {
  const outbox = collection<OutboxDocument>(ctx, COLLECTIONS.outbox);
  const legacy = { state: "failed", "doc.failure": { $exists: false } } as Filter<OutboxDocument>;
  for (const row of await outbox.find(legacy, { projection: { _id: 0, key: 1, doc: 1 } }).toArray()) {
    const migrated = migrateOutboxDocument(row.doc as Record<string, unknown>);
    if (migrated) await outbox.updateOne({ key: row.key, ...legacy }, { $set: { doc: migrated } });
  }
}
