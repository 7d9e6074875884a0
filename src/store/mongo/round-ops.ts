// Programme rounds; saving an identical round changes nothing (compared as canonical JSON). Saves from
// several instances at once: each compares with what is stored, and only a save of the same content is
// told "unchanged".
import type { Round } from "../../domain/round.ts";
import { ROUND_NAMES_VERSION, roundNames } from "../../domain/round-names.ts";
import { type RoundOps, StoreError } from "../port.ts";
import { canonicalJson, checkRecord, readRecord, roundRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

/** Saves racing for one round retry; more attempts than this means something is wrong. */
const MAX_ATTEMPTS = 20;

/** One name of the round file (domain/round-names.ts): `o` its organisation, '' for none. */
interface StoredName {
  k: string;
  o: string;
}

interface RoundDocument {
  id: string;
  canonical: string;
  doc: unknown;
  /** Indexed (`names.k`): a request finds its organisation by one name, not by a scan of every person. */
  names?: StoredName[];
  /** The definition the names were made by (ROUND_NAMES_VERSION). */
  namesVersion?: number;
}

function storedNames(round: Round): Pick<RoundDocument, "names" | "namesVersion"> {
  const names = roundNames(round).map((n) => ({ k: n.key, o: n.organisationId ?? "" }));
  return { names, namesVersion: ROUND_NAMES_VERSION };
}

/**
 * At start: rounds whose names were made by another definition (or never, saved by an older Modellbot)
 * get them again. A round that no longer reads is reported and left without names, to be tried again at
 * the next start.
 */
export async function indexRoundNames(ctx: MongoContext): Promise<void> {
  const parse = parser(ctx);
  const rounds = collection<RoundDocument>(ctx, COLLECTIONS.rounds);
  const stale = { namesVersion: { $ne: ROUND_NAMES_VERSION } };
  const rows = rounds.find(stale, { projection: { _id: 0, id: 1, canonical: 1, doc: 1 } });
  for await (const row of rows) {
    const round = parse(row);
    // Only the version read: a save in between has written its own names.
    const same = { id: row.id, canonical: row.canonical, ...stale };
    if (round) await rounds.updateOne(same, { $set: storedNames(round) });
    else await rounds.updateOne(same, { $unset: { names: "", namesVersion: "" } });
  }
}

function parser(ctx: MongoContext) {
  return (row: { doc: unknown }) => {
    const id = (row.doc as { id?: unknown } | null)?.id;
    return readRecord(
      roundRecord,
      row.doc,
      { table: COLLECTIONS.rounds, key: `id ${String(id)}` },
      ctx.report,
    );
  };
}

export function roundOps(ctx: MongoContext): RoundOps {
  const rounds = collection<RoundDocument>(ctx, COLLECTIONS.rounds);
  const parse = parser(ctx);
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
            await rounds.insertOne({ id: round.id, canonical, doc, ...names });
            return { changed: true };
          }
          // Replaces only the version just read: another instance's save in between makes this match
          // nothing, and the loop compares again with what that instance stored.
          const replaced = await rounds.updateOne(
            { id: round.id, canonical: stored.canonical },
            { $set: { canonical, doc, ...names } },
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
      // The round's whole names array comes back and is filtered here: the emulator the tests run on
      // has neither $filter nor an $elemMatch projection, and its $unwind took 81 ms against find's 11 ms
      // on a round of 100 clusters (a national round's array is ~1.4 MB, beside listRounds' ~2.3 MB).
      const rows = await rounds
        .find({ "names.k": key }, { projection: { _id: 0, id: 1, names: 1 } })
        .toArray();
      return rows.flatMap(({ id, names = [] }) =>
        names
          .filter((n) => n.k === key)
          .map((n) => (n.o === "" ? { roundId: id } : { roundId: id, organisationId: n.o })),
      );
    },
  };
}
