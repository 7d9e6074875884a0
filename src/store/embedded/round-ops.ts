// Programme rounds, imported from round files; saving an identical round changes nothing.
import type { Round } from "../../domain/round.ts";
import type { RoundOps } from "../port.ts";
import { canonicalJson, checkRecord, readJsonRecord, roundRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { ReadCache } from "./read-cache.ts";
import { roundNamesTable } from "./round-names-table.ts";
import { read, writeTransaction } from "./write-transaction.ts";

interface RoundRow {
  id: string;
  doc: string;
}

export function roundOps(ctx: SqliteContext): RoundOps {
  const one = ctx.db.prepare<[string], RoundRow>("SELECT id, doc FROM rounds WHERE id = ?");
  const all = ctx.db.prepare<[], RoundRow>("SELECT id, doc FROM rounds ORDER BY id");
  const upsert = ctx.db.prepare<[string, string]>(
    "INSERT INTO rounds (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
  );
  const names = roundNamesTable(ctx.db);
  const parse = (row: RoundRow) =>
    readJsonRecord(roundRecord, row.doc, { table: "rounds", key: `id ${row.id}` }, ctx.report);
  // Parsing a national round costs a millisecond, and rounds change only on import: they are kept until
  // one is saved here or another connection commits (read-cache.ts).
  const kept = new ReadCache<readonly Round[]>(ctx.db, 1);
  const rounds = () =>
    read(ctx, () => kept.get("", () => Object.freeze(all.all().flatMap((row) => parse(row) ?? []))));
  return {
    async saveRound(round) {
      // Stored canonical, so "identical" is a string comparison that ignores key order.
      const checked = checkRecord(roundRecord, round, "rounds");
      const doc = canonicalJson(checked);
      return writeTransaction(ctx, () => {
        if (one.get(round.id)?.doc === doc) return { changed: false };
        kept.clear();
        upsert.run(round.id, doc);
        names.write(checked);
        return { changed: true };
      });
    },
    async getRound(roundId) {
      return rounds().find((r) => r.id === roundId);
    },
    // A copy: the list is the caller's to sort; the rounds in it are shared and read-only.
    listRounds: async () => [...rounds()],
    roundsNaming: async (key) => read(ctx, () => names.find(key)),
  };
}
