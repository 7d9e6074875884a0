// The store contract against MongoDB: a real server when MONGODB_URI is set, else the jongodb emulator
// that the global setup started. Each test gets a database of its own.
import { afterAll, describe, it } from "vitest";
import { openMongoStore } from "../../src/store/mongo/open-mongo-store.ts";
import { dropDatabases, mongoUnderTest } from "../mongo/mongo-under-test.ts";
import { runStoreContract } from "./contract.ts";

const available = await mongoUnderTest();

if (available.ok) {
  const { mongo } = available;
  console.log(
    `MongoDB store contract runs against ${mongo.label} at ${mongo.uri.replace(/\/\/[^@/]*@/, "//***@")}`,
  );
  const names: string[] = [];
  afterAll(() => dropDatabases(mongo, names));
  runStoreContract(
    `MongoDB on ${mongo.label}`,
    () => {
      const dbName = mongo.freshDatabase(`contract_${names.length}`);
      names.push(dbName);
      return openMongoStore({ uri: mongo.uri, dbName });
    },
    { lacks: mongo.lacks },
  );
} else {
  console.log(`MongoDB store contract skipped: ${available.reason}`);
  // Skipped, not passed, only where no server can run (no MONGODB_URI and no emulator binary, i.e. not
  // linux x64): the contract needs a server speaking the wire protocol; the driver is never mocked.
  describe.skip(`store contract: MongoDB (skipped: ${available.reason})`, () => {
    it("runs the store contract against MongoDB", () => {});
  });
}
