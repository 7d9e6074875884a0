// The reminder outbox: a key is claimed once, ever, so no reminder can be sent twice.
import type { OutboxEntry, OutboxOps, OutboxState } from "../port.ts";
import { checkRecord, outboxRecord, readJsonRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { groupCommit } from "./group-commit.ts";
import { read } from "./write-transaction.ts";

interface OutboxRow {
  key: string;
  doc: string;
}

export function outboxOps(ctx: SqliteContext): OutboxOps {
  const db = ctx.db;
  const claim = db.prepare<[string, string, string, string, string]>(
    `INSERT INTO outbox (key, round_id, state, claimed_at, doc) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO NOTHING`,
  );
  const one = db.prepare<[string], OutboxRow>("SELECT key, doc FROM outbox WHERE key = ?");
  const update = db.prepare<[string, string, string]>("UPDATE outbox SET state = ?, doc = ? WHERE key = ?");
  const parse = (row: OutboxRow) =>
    readJsonRecord(outboxRecord, row.doc, { table: "outbox", key: row.key }, ctx.report);
  return {
    async claimOutbox(input) {
      const entry = { ...input, state: "claimed" as const, updatedAt: input.claimedAt };
      const doc = JSON.stringify(checkRecord(outboxRecord, entry, "outbox"));
      const result = await groupCommit(ctx, () =>
        claim.run(entry.key, entry.roundId, entry.state, entry.claimedAt, doc),
      );
      return result.changes === 1;
    },
    async completeOutbox(key, outcome) {
      await groupCommit(ctx, () => {
        const row = one.get(key);
        const entry = row && parse(row);
        if (!entry) return; // Never claimed (or unreadable): nothing to complete.
        const { at, ...rest } = outcome;
        const next: OutboxEntry = { ...entry, ...rest, updatedAt: at };
        update.run(next.state, JSON.stringify(checkRecord(outboxRecord, next, "outbox")), key);
      });
    },
    async getOutbox(key) {
      const row = read(ctx, () => one.get(key));
      return row ? parse(row) : undefined;
    },
    async listOutbox(filter) {
      return read(ctx, () => listRows(ctx, filter ?? {})).flatMap((row) => parse(row) ?? []);
    },
  };
}

function listRows(ctx: SqliteContext, filter: { roundId?: string; state?: OutboxState }): OutboxRow[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.roundId !== undefined) {
    where.push("round_id = ?");
    params.push(filter.roundId);
  }
  if (filter.state !== undefined) {
    where.push("state = ?");
    params.push(filter.state);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
  return ctx.db
    .prepare<string[], OutboxRow>(`SELECT key, doc FROM outbox ${clause} ORDER BY claimed_at, key`)
    .all(...params);
}
