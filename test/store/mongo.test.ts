import { randomUUID } from "node:crypto";
import { MongoClient } from "mongodb";
import { afterAll, describe, it } from "vitest";
import { openMongoStore } from "../../src/store/mongo/open-mongo-store.ts";
import { runStoreContract } from "./contract.ts";

const uri = process.env.MONGODB_URI;

if (uri) {
  // Each test gets its own database, dropped at the end.
  const prefix = `modellbot_contract_${randomUUID().slice(0, 8)}`;
  const names: string[] = [];
  afterAll(async () => {
    const client = await new MongoClient(uri).connect();
    for (const name of names) await client.db(name).dropDatabase();
    await client.close();
  });
  runStoreContract("MongoDB", () => {
    const dbName = `${prefix}_${names.length}`;
    names.push(dbName);
    return openMongoStore({ uri, dbName });
  });
} else {
  console.log(
    "MongoDB contract suite skipped: MONGODB_URI is not set (no MongoDB server can be installed on these machines)",
  );
  // Skipped, not passed: the contract needs a real server and the driver is never mocked.
  describe.skipIf(!uri)(
    "store contract: MongoDB (needs MONGODB_URI; no server can be installed here)",
    () => {
      it("runs the store contract against a real MongoDB server", () => {});
    },
  );
}
