// What the jongodb emulator lacks, shown on the emulator itself: the reason the tests marked
// `[needs …]` skip there. When a jongodb release closes a gap, its check here fails: then drop the gap
// from EMULATOR_GAPS and those tests run on the emulator too. On a real MongoDB nothing here runs.
import { MongoClient } from "mongodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMULATOR_GAPS, mongoUnderTest } from "./mongo-under-test.ts";

const available = await mongoUnderTest();
const emulator = available.ok && available.mongo.emulator ? available.mongo : undefined;

describe.skipIf(!emulator)(
  `the emulator's gaps (${emulator?.label ?? "not running on the emulator"})`,
  () => {
    let client: MongoClient;
    const db = () => client.db(emulator?.freshDatabase("gaps") ?? "unused");
    beforeAll(async () => {
      client = await new MongoClient(emulator?.uri ?? "").connect();
      await db()
        .collection("rows")
        .insertMany([
          { org: "a", group: "x", n: 1 },
          { org: "b", group: "x", n: 2 },
        ]);
    });
    afterAll(() => client?.close());

    it(`lacks ${EMULATOR_GAPS.groupByObjectId}: two groups come back as one`, async () => {
      const groups = await db()
        .collection("rows")
        .aggregate([{ $group: { _id: { org: "$org", group: "$group" }, n: { $sum: 1 } } }])
        .toArray();
      expect(groups).toHaveLength(1);
    });

    it(`lacks ${EMULATOR_GAPS.adminCommands}`, async () => {
      await expect(db().dropDatabase()).rejects.toThrow(/no such command/);
      await expect(db().listCollections().toArray()).rejects.toThrow(/no such command/);
    });

    it(`lacks ${EMULATOR_GAPS.findProjection}: _id comes back although the projection leaves it out`, async () => {
      const row = await db()
        .collection("rows")
        .findOne({ org: "a" }, { projection: { _id: 0, n: 1 } });
      expect(row).toHaveProperty("_id");
      expect(row).toHaveProperty("org");
    });

    it(`lacks ${EMULATOR_GAPS.changeStreams}`, async () => {
      const stream = db().collection("rows").watch();
      await expect(stream.tryNext()).rejects.toThrow();
      await stream.close();
    });
  },
);
