// The MongoDB a test file runs against, as the global setup provided it, and what that server lacks.
// The emulator is recognised by its own version string (buildInfo says "8.0.0-jongodb"), never assumed:
// a real server named by MONGODB_URI lacks nothing and skips nothing.
import { randomUUID } from "node:crypto";
import { MongoClient } from "mongodb";
import { inject } from "vitest";

/** What jongodb 0.1.6 does not do; each name is shown in the name of the tests that need it. */
export const EMULATOR_GAPS = {
  groupByObjectId: "$group by an object _id",
  adminCommands: "dropDatabase and listCollections",
  findProjection: "find projections",
  changeStreams: "change streams",
  // It runs one operation at a time: races inside the server (two upserts interleaving) never happen on
  // it. Not checked in emulator-gaps.test.ts; no test needs to skip for it.
  concurrentOperations: "concurrent operations",
} as const;

export type ServerFeature = keyof typeof EMULATOR_GAPS;

export interface MongoUnderTest {
  uri: string;
  /** "jongodb 8.0.0-jongodb (emulator)" or "MongoDB 8.0.4": for the test names and logs. */
  label: string;
  emulator: boolean;
  lacks: ReadonlySet<ServerFeature>;
  /** A database name of its own for this test file, so that clean-up needs no admin command. */
  freshDatabase(purpose: string): string;
}

export type MongoAvailability = { ok: true; mongo: MongoUnderTest } | { ok: false; reason: string };

export async function mongoUnderTest(): Promise<MongoAvailability> {
  const target = inject("mongo");
  if (!target.uri) return { ok: false, reason: target.skipped ?? "no MongoDB" };
  const uri = target.uri;
  const client = await new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 }).connect();
  let version: string;
  try {
    const info = await client.db("admin").command({ buildInfo: 1 });
    version = String(info.version ?? "unknown");
  } finally {
    await client.close();
  }
  const emulator = version.includes("jongodb");
  const run = randomUUID().slice(0, 8);
  return {
    ok: true,
    mongo: {
      uri,
      emulator,
      label: emulator ? `jongodb ${version} (an emulator, not MongoDB)` : `MongoDB ${version}`,
      lacks: new Set(emulator ? (Object.keys(EMULATOR_GAPS) as ServerFeature[]) : []),
      freshDatabase: (purpose) => `modellbot_${purpose}_${run}`.slice(0, 60),
    },
  };
}

/** The URI naming another database, its options kept: for a process that takes only a URI. */
export function withDatabase(uri: string, dbName: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri);
  if (!match) throw new Error(`not a MongoDB connection string: ${uri}`);
  return `${match[1]}/${dbName}${match[2] ?? ""}`;
}

/** Drops the databases a test file made, where the server can; the emulator's vanish when it stops. */
export async function dropDatabases(mongo: MongoUnderTest, names: string[]): Promise<void> {
  if (mongo.lacks.has("adminCommands") || names.length === 0) return;
  const client = await new MongoClient(mongo.uri).connect();
  try {
    for (const name of names) await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
