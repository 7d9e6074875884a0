// Manual step overrides; the latest per cluster counts. Versions give one order across instances.
import { type StepOverrideOps, StoreError } from "../port.ts";
import { checkRecord, readRecord, stepOverrideRecord } from "../records.ts";
import { COLLECTIONS, collection, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

interface OverrideDocument {
  roundId: string;
  clusterId: string;
  version: number;
  doc: unknown;
}

const MAX_ATTEMPTS = 20;

export function stepOverrideOps(ctx: MongoContext): StepOverrideOps {
  const overrides = collection<OverrideDocument>(ctx, COLLECTIONS.stepOverrides);
  return {
    async setStepOverride(override) {
      const doc = plainDocument(checkRecord(stepOverrideRecord, override, COLLECTIONS.stepOverrides));
      const { roundId, clusterId } = override;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const last = await overrides.find({ roundId, clusterId }).sort({ version: -1 }).limit(1).next();
        try {
          await overrides.insertOne({ roundId, clusterId, version: (last?.version ?? 0) + 1, doc });
          return;
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
        }
      }
      throw new StoreError(
        "store_unavailable",
        `stepOverrides: gave up after ${MAX_ATTEMPTS} conflicting writes`,
      );
    },
    async listStepOverrides(roundId) {
      const rows = await overrides
        .aggregate<{ clusterId: string; doc: unknown }>([
          { $match: { roundId } },
          { $sort: { clusterId: 1, version: -1 } },
          { $group: { _id: "$clusterId", doc: { $first: "$doc" } } },
          { $sort: { _id: 1 } },
          { $project: { _id: 0, clusterId: "$_id", doc: 1 } },
        ])
        .toArray();
      return rows.flatMap((row) => {
        const where = { table: COLLECTIONS.stepOverrides, key: `${roundId}/${row.clusterId}` };
        return readRecord(stepOverrideRecord, row.doc, where, ctx.report) ?? [];
      });
    },
  };
}
