// Programme rounds; saving an identical round changes nothing (compared as canonical JSON).
import type { Store } from "../port.ts";
import { canonicalJson, checkRecord, readRecord, roundRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

interface RoundDocument {
  id: string;
  canonical: string;
  doc: unknown;
}

export function roundOps(ctx: MongoContext): Pick<Store, "saveRound" | "getRound" | "listRounds"> {
  const rounds = collection<RoundDocument>(ctx, COLLECTIONS.rounds);
  const parse = (row: { doc: unknown }) => {
    const id = (row.doc as { id?: unknown } | null)?.id;
    return readRecord(
      roundRecord,
      row.doc,
      { table: COLLECTIONS.rounds, key: `id ${String(id)}` },
      ctx.report,
    );
  };
  return {
    async saveRound(round) {
      const checked = checkRecord(roundRecord, round, COLLECTIONS.rounds);
      const canonical = canonicalJson(checked);
      try {
        // Matches only a round that differs; an identical one makes the upsert collide on the id.
        await rounds.updateOne(
          { id: round.id, canonical: { $ne: canonical } },
          { $set: { canonical, doc: plainDocument(checked) } },
          { upsert: true },
        );
        return { changed: true };
      } catch (error) {
        if (isDuplicateKey(error)) return { changed: false };
        throw error;
      }
    },
    async getRound(roundId) {
      const row = await rounds.findOne({ id: roundId }, { projection: DOC_ONLY });
      return row ? parse(row) : undefined;
    },
    async listRounds() {
      const rows = await rounds.find({}, { projection: DOC_ONLY }).sort({ id: 1 }).toArray();
      return rows.flatMap((row) => parse(row) ?? []);
    },
  };
}
