// A round's activity, read by every status and every reminder tick, is kept between them (read-cache.ts):
// a new version or step override written here drops it, as does a commit by any other connection.
import type { RoundActivity, RoundActivityOps } from "../port.ts";
import type { SqliteContext } from "./context.ts";
import type { ReadCache } from "./read-cache.ts";
import { latestStepOverrides } from "./step-override-ops.ts";
import type { SubmissionTables } from "./submission-ops.ts";
import { read, readSnapshot } from "./write-transaction.ts";

export function roundActivityOps(
  ctx: SqliteContext,
  kept: ReadCache<RoundActivity>,
  tables: SubmissionTables,
): RoundActivityOps {
  const overrides = latestStepOverrides(ctx);
  // One read transaction: the five reads see the file as it was at one moment.
  const load = (roundId: string): RoundActivity =>
    readSnapshot(ctx, () =>
      Object.freeze({
        assessments: Object.freeze(tables.assessments.latestPerGroup(roundId)),
        pdsa: Object.freeze(tables.pdsa.list(roundId)),
        presentations: Object.freeze(tables.presentations.latestPerGroup(roundId)),
        statistics: Object.freeze(tables.statistics.latestPerGroup(roundId)),
        overrides: Object.freeze(overrides(roundId)),
      }),
    );
  return {
    async roundActivity(roundId) {
      return read(ctx, () => kept.get(roundId, () => load(roundId)));
    },
  };
}
