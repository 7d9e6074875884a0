// Manual step overrides set by a mentor or project manager; the latest per cluster counts.
import type { StepOverride, StepOverrideOps } from "../port.ts";
import { checkRecord, readJsonRecord, stepOverrideRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

interface OverrideRow {
  cluster_id: string;
  doc: string;
}

/** The latest override per cluster of a round, read now. */
export function latestStepOverrides(ctx: SqliteContext): (roundId: string) => StepOverride[] {
  const latest = ctx.db.prepare<[string], OverrideRow>(
    `SELECT cluster_id, doc, MAX(seq) FROM step_overrides WHERE round_id = ?
     GROUP BY cluster_id ORDER BY cluster_id`,
  );
  return (roundId) =>
    latest.all(roundId).flatMap((row) => {
      const where = { table: "step_overrides", key: `${roundId}/${row.cluster_id}` };
      return readJsonRecord(stepOverrideRecord, row.doc, where, ctx.report) ?? [];
    });
}

/** `onWrite` is told of every override set, inside its transaction. */
export function stepOverrideOps(ctx: SqliteContext, onWrite: () => void = () => {}): StepOverrideOps {
  const insert = ctx.db.prepare<[string, string, string]>(
    "INSERT INTO step_overrides (round_id, cluster_id, doc) VALUES (?, ?, ?)",
  );
  const latest = latestStepOverrides(ctx);
  return {
    async setStepOverride(override) {
      const doc = JSON.stringify(checkRecord(stepOverrideRecord, override, "step_overrides"));
      writeTransaction(ctx, () => {
        onWrite();
        insert.run(override.roundId, override.clusterId, doc);
      });
    },
    async listStepOverrides(roundId) {
      return read(ctx, () => latest(roundId));
    },
  };
}
