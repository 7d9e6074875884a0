// The scale-out store: MongoDB (a replica set, Atlas or Cosmos DB for MongoDB) for several bot instances.
import { MongoClient, type MongoClientOptions } from "mongodb";
import type { Store } from "../port.ts";
import { type InvalidRecordSink, warnInvalidRecord } from "../records.ts";
import { readRoundActivity } from "../round-activity.ts";
import { accountOps } from "./account-ops.ts";
import { bindingOps } from "./binding-ops.ts";
import { defaultClientOptions } from "./connection-options.ts";
import { COLLECTIONS, type MongoContext } from "./context.ts";
import { conversationReferenceOps } from "./conversation-reference-ops.ts";
import { dashboardOps } from "./dashboard-ops.ts";
import { eventOps } from "./event-ops.ts";
import { ensureIndexes } from "./indexes.ts";
import { languageOps } from "./language-ops.ts";
import { unavailable } from "./mongo-errors.ts";
import { migrateOutboxFailures, outboxOps } from "./outbox-ops.ts";
import { mongoReachability } from "./reachability.ts";
import { indexRoundNames, roundOps } from "./round-ops.ts";
import { slackInstallationOps } from "./slack-installation-ops.ts";
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
    ...roundOps(ctx),
    ...bindingOps(ctx),
    ...conversationReferenceOps(ctx),
    ...submissions,
    ...overrides,
    // Not kept between calls: another instance's write would not be seen (no cheap sign of it, as SQLite's
    // data_version, without a change stream).
    roundActivity: (roundId) => readRoundActivity({ ...submissions, ...overrides }, roundId),
    ...outboxOps(ctx),
    ...eventOps(ctx),
    ...accountOps(ctx),
    ...dashboardOps(ctx),
    ...languageOps(ctx),
    ...slackInstallationOps(ctx),
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
