// Append-only versions keyed by an idempotency key (see the embedded VersionedTable): the unique
// indexes decide races between instances; a duplicate key error means "read the winner".
import type { Collection, Filter } from "mongodb";
import type { z } from "zod";
import { StoreError, type WriteResult } from "../port.ts";
import { checkRecord, readRecord } from "../records.ts";
import type { VersionSlot } from "../version-slot.ts";
import { type CollectionName, collection, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

interface VersionedDocument extends VersionSlot {
  version: number;
  doc: unknown;
}

type Row = Pick<VersionedDocument, "doc" | "idempotencyKey">;

/** Two writers racing for the same next version retry; more attempts than this means something is wrong. */
const MAX_ATTEMPTS = 20;
const ROW = { _id: 0, doc: 1, idempotencyKey: 1 } as const;

export class VersionedCollection<T> {
  private readonly documents: Collection<VersionedDocument>;

  constructor(
    private readonly ctx: MongoContext,
    private readonly name: CollectionName,
    private readonly schema: z.ZodType<T>,
  ) {
    this.documents = collection<VersionedDocument>(ctx, name);
  }

  async append(slot: VersionSlot, build: (version: number) => T): Promise<WriteResult<T>> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const existing = await this.documents.findOne(
        { idempotencyKey: slot.idempotencyKey },
        { projection: ROW },
      );
      if (existing) return { value: this.parseWinner(existing), duplicate: true };
      const version = (await this.lastVersion(slot)) + 1;
      const value = checkRecord(this.schema, build(version), this.name);
      try {
        await this.documents.insertOne({ ...pick(slot), version, doc: plainDocument(value) });
        return { value, duplicate: false };
      } catch (error) {
        // Either another writer stored this key first, or took this version: look again.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new StoreError(
      "store_unavailable",
      `${this.name}: gave up after ${MAX_ATTEMPTS} conflicting writes`,
    );
  }

  async list(roundId: string, organisationId?: string): Promise<T[]> {
    const filter: Filter<VersionedDocument> =
      organisationId === undefined ? { roundId } : { roundId, organisationId };
    const rows = await this.documents
      .find(filter, { projection: ROW })
      .sort({ submittedAt: 1, organisationId: 1, groupKey: 1, version: 1 })
      .toArray();
    return this.parseRows(rows as Row[]);
  }

  async latestPerGroup(roundId: string, organisationId?: string): Promise<T[]> {
    const rows = await this.documents
      .aggregate<Row>([
        { $match: organisationId === undefined ? { roundId } : { roundId, organisationId } },
        { $sort: { organisationId: 1, groupKey: 1, version: -1 } },
        {
          $group: {
            _id: { organisationId: "$organisationId", groupKey: "$groupKey" },
            doc: { $first: "$doc" },
            idempotencyKey: { $first: "$idempotencyKey" },
          },
        },
        { $sort: { "_id.organisationId": 1, "_id.groupKey": 1 } },
        { $project: ROW },
      ])
      .toArray();
    return this.parseRows(rows);
  }

  /** One version of one group, if it exists. */
  async version(roundId: string, organisationId: string, groupKey: string, version: number) {
    const row = await this.documents.findOne(
      { roundId, organisationId, groupKey, version },
      { projection: ROW },
    );
    return row ? this.parseRows([row])[0] : undefined;
  }

  /** The version stored under this idempotency key, if any. */
  async byIdempotencyKey(idempotencyKey: string): Promise<T | undefined> {
    const row = await this.documents.findOne({ idempotencyKey }, { projection: ROW });
    return row ? this.parseRows([row])[0] : undefined;
  }

  private async lastVersion(slot: VersionSlot): Promise<number> {
    const last = await this.documents
      .find({ roundId: slot.roundId, organisationId: slot.organisationId, groupKey: slot.groupKey })
      .project<{ version: number }>({ _id: 0, version: 1 })
      .sort({ version: -1 })
      .limit(1)
      .next();
    return last?.version ?? 0;
  }

  private parseWinner(row: Row): T {
    const value = this.parseRows([row])[0];
    if (value !== undefined) return value;
    throw new StoreError(
      "store_invalid_record",
      `${this.name} ${row.idempotencyKey}: the stored version of this write is unreadable`,
    );
  }

  private parseRows(rows: Row[]): T[] {
    return rows.flatMap((row) => {
      const where = { table: this.name, key: `idempotency key ${row.idempotencyKey}` };
      return readRecord(this.schema, row.doc, where, this.ctx.report) ?? [];
    });
  }
}

function pick(slot: VersionSlot): VersionSlot {
  const { roundId, organisationId, groupKey, idempotencyKey, submittedAt } = slot;
  return { roundId, organisationId, groupKey, idempotencyKey, submittedAt };
}
