// Failed outbox entries written before failure classes were codes (the class in the error text) are read
// back with their class and attempts as codes after an upgrade, by both stores, and retried as before.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MongoClient } from "mongodb";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/store/embedded/migrations.ts";
import { openDatabase } from "../../src/store/embedded/open-database.ts";
import { DATA_FILE_NAME, openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { COLLECTIONS } from "../../src/store/mongo/context.ts";
import { openMongoStore } from "../../src/store/mongo/open-mongo-store.ts";
import type { OutboxEntry, Store } from "../../src/store/port.ts";
import { dropDatabases, mongoUnderTest } from "../mongo/mongo-under-test.ts";
import { outboxClaim } from "./sample-data.ts";

/** As the scheduler wrote them before: the class, the attempt count and the platform's words in one text. */
const LEGACY: [key: string, error: string][] = [
  ["transient", "transient (attempt 2): HTTP 503"],
  ["ambiguous", "ambiguous (attempt 1): timeout after sending"],
  ["permanent", "permanent: channel_not_found"],
  ["by-hand", "someone wrote this by hand"],
];

function legacyEntry(key: string, error: string) {
  return { ...outboxClaim(key), state: "failed", error, updatedAt: "2027-02-23T08:01:00.000Z" };
}

async function failures(store: Store): Promise<Record<string, OutboxEntry["failure"]>> {
  const entries = await store.listOutbox({ state: "failed" });
  return Object.fromEntries(entries.map((e) => [e.key, e.failure]));
}

const EXPECTED = {
  transient: { class: "transient", attempts: 2, error: "HTTP 503" },
  ambiguous: { class: "ambiguous", attempts: 1, error: "timeout after sending" },
  permanent: { class: "permanent", attempts: 0, error: "channel_not_found" },
  // Not in the old form: final, as the old parser treated it.
  "by-hand": { class: "closed", attempts: 0, error: "someone wrote this by hand" },
};

const root = mkdtempSync(join(tmpdir(), "modellbot-outbox-migration-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("embedded store: migration 8", () => {
  it("turns each legacy failure text into codes and keeps the platform's words", async () => {
    const dataDir = join(root, "embedded");
    await (await openEmbeddedStore({ dataDir })).close();
    const file = join(dataDir, DATA_FILE_NAME);
    rmSync(file);
    const db = openDatabase(file);
    migrate(db, file, 7);
    const insert = db.prepare(
      "INSERT INTO outbox (key, round_id, state, claimed_at, doc) VALUES (?, 'round-2027', 'failed', ?, ?)",
    );
    for (const [key, error] of LEGACY) {
      const entry = legacyEntry(key, error);
      insert.run(key, entry.claimedAt, JSON.stringify(entry));
    }
    db.close();

    const store = await openEmbeddedStore({ dataDir });
    expect(await failures(store)).toEqual(EXPECTED);
    expect(Object.keys((await store.getOutbox("transient")) ?? {})).not.toContain("error");
    await store.close();
  });
});

const available = await mongoUnderTest();
const mongo = available.ok ? available.mongo : undefined;
const label = available.ok ? available.mongo.label : `skipped: ${available.ok || available.reason}`;

describe.skipIf(!mongo)(`MongoDB store: legacy failures converted at start (${label})`, () => {
  const dbName = mongo?.freshDatabase("outbox-migration") ?? "unused";
  afterAll(() => (mongo ? dropDatabases(mongo, [dbName]) : undefined));

  it("turns each legacy failure text into codes and keeps the platform's words", async () => {
    const uri = mongo?.uri ?? "";
    await (await openMongoStore({ uri, dbName })).close();
    const client = await new MongoClient(uri).connect();
    try {
      const rows = LEGACY.map(([key, error]) => {
        const doc = legacyEntry(key, error);
        return { key, roundId: doc.roundId, state: "failed", claimedAt: doc.claimedAt, doc };
      });
      await client.db(dbName).collection(COLLECTIONS.outbox).insertMany(rows);
    } finally {
      await client.close();
    }
    const store = await openMongoStore({ uri, dbName });
    try {
      expect(await failures(store)).toEqual(EXPECTED);
      expect(Object.keys((await store.getOutbox("transient")) ?? {})).not.toContain("error");
    } finally {
      await store.close();
    }
  });
});
