// Append-only versions keyed by an idempotency key: the same key twice stores one version and
// returns the first result. Used for assessments, PDSA updates, presentation marks and statistics.
import type { Statement } from "better-sqlite3";
import type { z } from "zod";
import { StoreError, type WriteResult } from "../port.ts";
import { checkRecord, readJsonRecord } from "../records.ts";
import type { VersionSlot } from "../version-slot.ts";
import type { SqliteContext } from "./context.ts";
import { groupCommit } from "./group-commit.ts";
import { isUniqueViolation } from "./sqlite-errors.ts";
import { read } from "./write-transaction.ts";

interface DocRow {
  doc: string;
  idempotency_key: string;
}

/** Parsed versions kept per table: a national round's worth, a few megabytes. */
const PARSED_KEPT = 50_000;

export class VersionedTable<T> {
  private readonly byKey: Statement<[string], DocRow>;
  private readonly nextVersion: Statement<[string, string, string], { next: number }>;
  private readonly insert: Statement<[string, string, string, number, string, string, string]>;
  private readonly supersede: Statement<[string, string, string], { idempotency_key: string }>;
  private readonly all: Statement<[string], DocRow>;
  private readonly allOfOrganisation: Statement<[string, string], DocRow>;
  private readonly latest: Statement<[string], DocRow>;
  private readonly latestOfOrganisation: Statement<[string, string], DocRow>;
  private readonly oneVersion: Statement<[string, string, string, number], DocRow>;

  /** `onAppend` is told of every new version, inside its transaction (to drop what was kept of the table). */
  constructor(
    private readonly ctx: SqliteContext,
    readonly table: string,
    private readonly schema: z.ZodType<T>,
    private readonly onAppend: () => void = () => {},
  ) {
    const db = ctx.db;
    const columns = "doc, idempotency_key";
    const order = "ORDER BY submitted_at, organisation_id, group_key, version";
    this.byKey = db.prepare(`SELECT ${columns} FROM ${table} WHERE idempotency_key = ?`);
    this.nextVersion = db.prepare(
      `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM ${table}
       WHERE round_id = ? AND organisation_id = ? AND group_key = ?`,
    );
    this.insert = db.prepare(
      `INSERT INTO ${table} (round_id, organisation_id, group_key, version, idempotency_key, submitted_at, doc, is_latest)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
    );
    this.supersede = db.prepare(
      `UPDATE ${table} SET is_latest = 0 WHERE round_id = ? AND organisation_id = ? AND group_key = ? AND is_latest = 1
       RETURNING idempotency_key`,
    );
    this.all = db.prepare(`SELECT ${columns} FROM ${table} WHERE round_id = ? ${order}`);
    this.allOfOrganisation = db.prepare(
      `SELECT ${columns} FROM ${table} WHERE round_id = ? AND organisation_id = ? ${order}`,
    );
    // The latest version of each group carries is_latest = 1 (set in the same transaction as the insert),
    // so reading them is an index range, however many versions a group has.
    this.latest = db.prepare(
      `SELECT ${columns} FROM ${table} WHERE round_id = ? AND is_latest = 1 ORDER BY organisation_id, group_key`,
    );
    this.latestOfOrganisation = db.prepare(
      `SELECT ${columns} FROM ${table} WHERE round_id = ? AND is_latest = 1 AND organisation_id = ?
       ORDER BY group_key`,
    );
    this.oneVersion = db.prepare(
      `SELECT ${columns} FROM ${table} WHERE round_id = ? AND organisation_id = ? AND group_key = ? AND version = ?`,
    );
  }

  /** `build` turns the new version number into the document to store. */
  async append(slot: VersionSlot, build: (version: number) => T): Promise<WriteResult<T>> {
    try {
      return await groupCommit(this.ctx, () => this.appendLocked(slot, build));
    } catch (error) {
      // Only reachable if a writer bypassed the write lock; the winner's version is the answer.
      if (!isUniqueViolation(error)) throw error;
      return { value: this.winner(slot.idempotencyKey), duplicate: true };
    }
  }

  list(roundId: string, organisationId?: string): T[] {
    const rows = read(this.ctx, () =>
      organisationId === undefined
        ? this.all.all(roundId)
        : this.allOfOrganisation.all(roundId, organisationId),
    );
    return this.parseRows(rows);
  }

  latestPerGroup(roundId: string, organisationId?: string): T[] {
    return this.parseRows(
      read(this.ctx, () =>
        organisationId === undefined
          ? this.latest.all(roundId)
          : this.latestOfOrganisation.all(roundId, organisationId),
      ),
    );
  }

  /** One version of one group, if it exists. */
  version(roundId: string, organisationId: string, groupKey: string, version: number): T | undefined {
    const row = read(this.ctx, () => this.oneVersion.get(roundId, organisationId, groupKey, version));
    return row ? this.parseRows([row])[0] : undefined;
  }

  /** The version stored under this idempotency key, if any. */
  byIdempotencyKey(idempotencyKey: string): T | undefined {
    const row = read(this.ctx, () => this.byKey.get(idempotencyKey));
    return row ? this.parseRows([row])[0] : undefined;
  }

  private appendLocked(slot: VersionSlot, build: (version: number) => T): WriteResult<T> {
    const existing = this.byKey.get(slot.idempotencyKey);
    if (existing) return { value: this.parseWinner(existing), duplicate: true };
    const next = this.nextVersion.get(slot.roundId, slot.organisationId, slot.groupKey)?.next ?? 1;
    const value = checkRecord(this.schema, build(next), this.table);
    const doc = JSON.stringify(value);
    this.onAppend();
    // A superseded version leaves the parsed cache: only a list of every version reads it again, and a
    // cache holding every version ever written would grow the heap (and each full GC) by one per write.
    for (const old of this.supersede.all(slot.roundId, slot.organisationId, slot.groupKey))
      this.parsed.delete(old.idempotency_key);
    this.insert.run(
      slot.roundId,
      slot.organisationId,
      slot.groupKey,
      next,
      slot.idempotencyKey,
      slot.submittedAt,
      doc,
    );
    // Just checked against the schema: the read that usually follows (the confirmation's history) need not
    // parse and check it again. Should the commit fail, the entry names a row that is never read.
    this.keep(slot.idempotencyKey, doc, value);
    return { value, duplicate: false };
  }

  private winner(idempotencyKey: string): T {
    const row = read(this.ctx, () => this.byKey.get(idempotencyKey));
    if (!row)
      throw new Error(`${this.table}: idempotency key ${idempotencyKey} conflicted but is not stored`);
    return this.parseWinner(row);
  }

  /** A duplicate must answer with the stored version; if that is unreadable, the write cannot be confirmed. */
  private parseWinner(row: DocRow): T {
    const value = this.parseRows([row])[0];
    if (value === undefined) {
      throw new StoreError(
        "store_invalid_record",
        `${this.table} ${row.idempotency_key}: the stored version of this write is unreadable`,
      );
    }
    return value;
  }

  /**
   * Versions are append-only, so a row read once need not be parsed and validated again: a status over a
   * national round reads the same thousands of rows on every request. The stored text is compared, so a
   * row changed behind the store's back is read anew. Callers treat the records as read-only.
   */
  private readonly parsed = new Map<string, { doc: string; value: T }>();

  private parseRows(rows: DocRow[]): T[] {
    const values: T[] = [];
    for (const row of rows) {
      const known = this.parsed.get(row.idempotency_key);
      if (known && known.doc === row.doc) {
        values.push(known.value);
        continue;
      }
      const where = { table: this.table, key: `idempotency key ${row.idempotency_key}` };
      const value = readJsonRecord(this.schema, row.doc, where, this.ctx.report);
      if (value === undefined) continue;
      this.keep(row.idempotency_key, row.doc, value);
      values.push(value);
    }
    return values;
  }

  private keep(idempotencyKey: string, doc: string, value: T): void {
    if (this.parsed.size >= PARSED_KEPT) this.parsed.clear();
    this.parsed.set(idempotencyKey, { doc, value });
  }
}
