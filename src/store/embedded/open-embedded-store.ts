// The default store: one SQLite file in DATA_DIR, no server to install.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildContextParts } from "../context-parts.ts";
import type { RoundActivity, Store } from "../port.ts";
import { type InvalidRecordSink, warnInvalidRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import * as sqliteParts from "./context-parts.ts";
import { eraseAllTables } from "./erase-all.ts";
import { closeGroupCommit } from "./group-commit.ts";
import { migrate } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";
import { ReadCache } from "./read-cache.ts";
import { roundActivityOps } from "./round-activity-ops.ts";
import { indexRoundNames } from "./round-names-table.ts";
import { toStoreError } from "./sqlite-errors.ts";
import { stepOverrideOps } from "./step-override-ops.ts";
import { submissionOps, submissionTables } from "./submission-ops.ts";
import { writeRefusal } from "./write-transaction.ts";

export const DATA_FILE_NAME = "modellbot.sqlite";

export interface EmbeddedStoreOptions {
  dataDir: string;
  /** Told about every document that fails validation on read (it is skipped). Default: console.warn. */
  onInvalidRecord?: InvalidRecordSink | undefined;
  /** How the WAL file is synced: node:fs's fsync unless a test makes it fail. */
  fsync?: SqliteContext["fsync"];
}

export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<Store> {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, DATA_FILE_NAME);
  const db = openDatabase(file);
  const report = options.onInvalidRecord ?? warnInvalidRecord;
  try {
    migrate(db, file);
    indexRoundNames(db, report);
  } catch (error) {
    db.close();
    throw toStoreError(error, file);
  }
  const ctx: SqliteContext = {
    db,
    file,
    report,
    ...(options.fsync ? { fsync: options.fsync } : {}),
  };
  // A round's activity is kept between reads (round-activity-ops.ts); every write to it drops what is kept.
  const activity = new ReadCache<RoundActivity>(db);
  const dropActivity = () => activity.clear();
  const tables = submissionTables(ctx, dropActivity);
  return {
    ...buildContextParts(ctx, sqliteParts),
    ...submissionOps(tables),
    ...stepOverrideOps(ctx, dropActivity),
    ...roundActivityOps(ctx, activity, tables),
    async eraseAll() {
      eraseAllTables(file);
    },
    writeRefusal: () => writeRefusal(ctx),
    async close() {
      // Writes whose commit is waiting for its fsync are answered before the database goes.
      await closeGroupCommit(ctx);
      if (db.open) db.close();
    },
  };
}
