// Every collection the MongoDB store writes has its unique index (the key that decides races between
// instances) and, where rows expire, its TTL index, created when the store opens; outbox rows are kept.
import { MongoClient } from "mongodb";
import { afterAll, describe, expect, it } from "vitest";
import { personName, ROUND_NAMES_VERSION, workspaceName } from "../../src/domain/round-names.ts";
import { COLLECTIONS } from "../../src/store/mongo/context.ts";
import { openMongoStore } from "../../src/store/mongo/open-mongo-store.ts";
import { dropDatabases, mongoUnderTest } from "../mongo/mongo-under-test.ts";
import { sampleRound } from "./sample-data.ts";

const available = await mongoUnderTest();
const mongo = available.ok ? available.mongo : undefined;
const label = available.ok ? available.mongo.label : `skipped: ${available.ok || available.reason}`;

describe.skipIf(!mongo)(`MongoDB indexes at start (${label})`, () => {
  const dbName = mongo?.freshDatabase("indexes") ?? "unused";
  const upgraded = mongo?.freshDatabase("indexes-upgrade") ?? "unused";
  afterAll(() => (mongo ? dropDatabases(mongo, [dbName, upgraded]) : undefined));

  it("creates the unique and TTL indexes of every collection, and opening again changes nothing", async () => {
    const uri = mongo?.uri ?? "";
    await (await openMongoStore({ uri, dbName })).close();
    await (await openMongoStore({ uri, dbName })).close();
    const client = await new MongoClient(uri).connect();
    try {
      const described: Record<string, string[]> = {};
      for (const name of Object.values(COLLECTIONS)) {
        const indexes = await client.db(dbName).collection(name).listIndexes().toArray();
        described[name] = indexes
          .filter((i) => i.name !== "_id_")
          .map((i) => {
            const ttl = i.expireAfterSeconds === undefined ? "" : ` ttl ${i.expireAfterSeconds}s`;
            return `${Object.keys(i.key).join("+")}${i.unique ? " unique" : ""}${ttl}`;
          })
          .sort();
      }
      expect(described).toEqual({
        rounds: ["id unique", "names.k"],
        bindings: ["platform+workspace+channel unique", "roundId"],
        conversationReferences: ["platform+workspace+channel unique"],
        assessments: versioned,
        pdsaUpdates: versioned,
        presentationMarks: versioned,
        statisticsReports: versioned,
        stepOverrides: ["roundId+clusterId+version unique"],
        // Kept: a reminder's outbox row is what stops it going out twice, however old.
        outbox: ["key unique", "roundId+state"],
        inboundEvents: ["eventId unique", "expiresAt ttl 0s"],
        accounts: ["platform+workspace+userId unique"],
        // Kept, and without a natural key: each privileged or refused action is one entry.
        audit: ["at", "roundId+at"],
        languages: ["email unique"],
        dashboardRevocations: ["revokedAt"],
        schedulerTicks: ["atDate ttl 604800s", "tickKey unique"],
        // Until the app is uninstalled from the workspace (app_uninstalled, tokens_revoked).
        slackInstallations: ["id unique"],
      });
    } finally {
      await client.close();
    }
  });

  it("indexes the rounds stored before the index or under an older definition of it, when the store opens", async () => {
    const uri = mongo?.uri ?? "";
    const client = await new MongoClient(uri).connect();
    try {
      const doc = (id: string) => JSON.parse(JSON.stringify(sampleRound(id)));
      const rounds = client.db(upgraded).collection(COLLECTIONS.rounds);
      // As an older Modellbot stored it: no names beside it.
      await rounds.insertOne({ id: "round-2027", canonical: "old", doc: doc("round-2027") });
      // Names made by an older definition: one of them no longer counts.
      await rounds.insertOne({
        id: "round-2028",
        canonical: "older",
        doc: doc("round-2028"),
        names: [{ k: personName("gone@grums.se"), o: "grums" }],
        namesVersion: ROUND_NAMES_VERSION - 1,
      });
      const store = await openMongoStore({ uri, dbName: upgraded });
      try {
        const sorted = async (key: string) =>
          (await store.roundsNaming(key)).sort((a, b) => a.roundId.localeCompare(b.roundId));
        expect(await sorted(personName("nyckel@grums.se"))).toEqual([
          { roundId: "round-2027", organisationId: "grums" },
          { roundId: "round-2028", organisationId: "grums" },
        ]);
        expect(await sorted(workspaceName("teams", "TENANT-1"))).toEqual([
          { roundId: "round-2027" },
          { roundId: "round-2028" },
        ]);
        expect(await store.roundsNaming(personName("gone@grums.se"))).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await client.close();
    }
  });
});

const versioned = [
  "idempotencyKey unique",
  "roundId+organisationId+groupKey+version unique",
  "roundId+submittedAt",
];
