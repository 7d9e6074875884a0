// The scale-out store: MongoDB (a replica set, Atlas or Cosmos DB for MongoDB) for several bot instances.
import { MongoClient, type MongoClientOptions } from "mongodb";
import { buildContextParts } from "../context-parts.ts";
import type { Store } from "../port.ts";
import { type InvalidRecordSink, warnInvalidRecord } from "../records.ts";
import { readRoundActivity } from "../round-activity.ts";
import { defaultClientOptions } from "./connection-options.ts";
import { COLLECTIONS, type MongoContext } from "./context.ts";
import * as mongoParts from "./context-parts.ts";
import { ensureIndexes } from "./indexes.ts";
import { unavailable } from "./mongo-errors.ts";
import { migrateOutboxFailures } from "./outbox-ops.ts";
import { mongoReachability } from "./reachability.ts";
import { indexRoundNames } from "./round-ops.ts";
import { stepOverrideOps } from "./step-override-ops.ts";
import { submissionOps } from "./submission-ops.ts";

export interface MongoStoreOptions {
  uri: string;
  /** Default: the database named in the URI, else `modellbot`. */
  dbName?: string | undefined;
  onInvalidRecord?: InvalidRecordSink | undefined;
  /** Overrides for the driver, e.g. a short serverSelectionTimeoutMS in tests. */
  clientOptions?: MongoClientOptions | undefined;
}

export async function openMongoStore(options: MongoStoreOptions): Promise<Store> {
  const client = new MongoClient(options.uri, {
    ...defaultClientOptions(options.uri),
    ...options.clientOptions,
  });
  const ctx: MongoContext = {
    db: client.db(options.dbName ?? databaseInUri(options.uri) ?? "modellbot"),
    report: options.onInvalidRecord ?? warnInvalidRecord,
  };
  try {
    await client.connect();
    await ensureIndexes(ctx);
    await indexRoundNames(ctx);
    await migrateOutboxFailures(ctx);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw unavailable(options.uri, error);
  }
  const submissions = submissionOps(ctx);
  const overrides = stepOverrideOps(ctx);
  return {
    ...buildContextParts(ctx, mongoParts),
    ...submissions,
    ...overrides,
    // Not kept between calls: another instance's write would not be seen (no cheap sign of it, as SQLite's
    // data_version, without a change stream).
    roundActivity: (roundId) => readRoundActivity({ ...submissions, ...overrides }, roundId),
    async eraseAll() {
      for (const name of Object.values(COLLECTIONS)) await ctx.db.collection(name).deleteMany({});
    },
    unreachable: mongoReachability(client),
    close: () => client.close(),
  };
}

function databaseInUri(uri: string): string | undefined {
  const name = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(uri)?.[1];
  return name ? decodeURIComponent(name) : undefined;
}
