// Programme rounds; saving an identical round changes nothing (compared as canonical JSON). Saves from
// several instances at once: each compares with what is stored, and only a save of the same content is
// told "unchanged".
import type { Round } from "../../domain/round.ts";
import { roundNames, sortHits } from "../../domain/round-names.ts";
import { type Store, StoreError } from "../port.ts";
import { canonicalJson, checkRecord, readRecord, roundRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

/** Saves racing for one round retry; more attempts than this means something is wrong. */
const MAX_ATTEMPTS = 20;

/** One name of the round file (domain/round-names.ts): `o` is the organisation, '' the project managers. */
interface StoredName {
  k: string;
  o: string;
}

interface RoundDocument {
  id: string;
  canonical: string;
  doc: unknown;
  /** Indexed (`names.k`), so that a request finds its round without reading every round. */
  names?: StoredName[];
}

function storedNames(round: Round): StoredName[] {
  return roundNames(round).map((n) => ({ k: n.key, o: n.organisationId ?? "" }));
}

/**
 * Rounds saved before names were indexed get them at start. A round that no longer parses names
 * nothing (it is reported when read).
 */
export async function indexRoundNames(ctx: MongoContext): Promise<void> {
  const rounds = collection<RoundDocument>(ctx, COLLECTIONS.rounds);
  const unnamed = await rounds.find({ names: { $exists: false } }, { projection: { _id: 0, id: 1, doc: 1 } });
  for await (const row of unnamed) {
    const parsed = roundRecord.safeParse(row.doc);
    const names = parsed.success ? storedNames(parsed.data) : [];
    await rounds.updateOne({ id: row.id, names: { $exists: false } }, { $set: { names } });
  }
}

export function roundOps(
  ctx: MongoContext,
): Pick<Store, "saveRound" | "getRound" | "listRounds" | "roundsNaming"> {
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
      const doc = plainDocument(checked);
      const names = storedNames(checked);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const stored = await rounds.findOne({ id: round.id }, { projection: { _id: 0, canonical: 1 } });
        if (stored?.canonical === canonical) return { changed: false };
        try {
          if (!stored) {
            await rounds.insertOne({ id: round.id, canonical, doc, names });
            return { changed: true };
          }
          // Replaces only the version just read: another instance's save in between makes this match
          // nothing, and the loop compares again with what that instance stored.
          const replaced = await rounds.updateOne(
            { id: round.id, canonical: stored.canonical },
            { $set: { canonical, doc, names } },
          );
          if (replaced.matchedCount === 1) return { changed: true };
        } catch (error) {
          // Another instance inserted this round first: read what it stored and compare again.
          if (!isDuplicateKey(error)) throw error;
        }
      }
      throw new StoreError("store_unavailable", `rounds: gave up after ${MAX_ATTEMPTS} conflicting saves`);
    },
    async getRound(roundId) {
      const row = await rounds.findOne({ id: roundId }, { projection: DOC_ONLY });
      return row ? parse(row) : undefined;
    },
    async listRounds() {
      const rows = await rounds.find({}, { projection: DOC_ONLY }).sort({ id: 1 }).toArray();
      return rows.flatMap((row) => parse(row) ?? []);
    },
    async roundsNaming(key) {
      const rows = await rounds
        .find({ "names.k": key }, { projection: { _id: 0, id: 1, names: 1 } })
        .toArray();
      return sortHits(
        rows.flatMap((row) =>
          (row.names ?? [])
            .filter((n) => n.k === key)
            .map((n) => (n.o === "" ? { roundId: row.id } : { roundId: row.id, organisationId: n.o })),
        ),
      );
    },
  };
}
