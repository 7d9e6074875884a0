// The connection string's options reach the server as written; our defaults (majority writes, retryable
// writes) apply only where it names none. Seen with the driver's command monitoring, on the wire.
import { afterAll, describe, expect, it } from "vitest";
import { uriOptionNames } from "../../src/store/mongo/connection-options.ts";
import { openMongoStore } from "../../src/store/mongo/open-mongo-store.ts";
import { dropDatabases, mongoUnderTest } from "../mongo/mongo-under-test.ts";
import { outboxClaim } from "./sample-data.ts";

const available = await mongoUnderTest();

/** Adds query options to a URI that may already have some. */
function withOptions(uri: string, options: string): string {
  return `${uri}${uri.includes("?") ? "&" : "?"}${options}`;
}

describe("MongoDB connection string options", () => {
  it("reads option names case-insensitively, with or without a database or other options", () => {
    expect([...uriOptionNames("mongodb://h/db?retrywrites=false&W=1")]).toEqual(["retrywrites", "w"]);
    expect([...uriOptionNames("mongodb+srv://u:p@a,b/?replicaSet=rs0&retryWrites=false")]).toEqual([
      "replicaset",
      "retrywrites",
    ]);
    expect(uriOptionNames("mongodb://h:27017").size).toBe(0);
  });

  describe.skipIf(!available.ok)(
    `on the wire (${available.ok ? available.mongo.label : `skipped: ${available.ok || available.reason}`})`,
    () => {
      const mongo = available.ok ? available.mongo : undefined;
      const names: string[] = [];
      afterAll(() => (mongo ? dropDatabases(mongo, names) : undefined));

      /**
       * The insert the outbox claim sends, as the driver sent it: command monitoring through the
       * driver's own log sink, since the store keeps its client to itself.
       */
      async function claimInsert(uri: string): Promise<Record<string, unknown>> {
        const dbName = mongo?.freshDatabase(`options_${names.length}`) ?? "unused";
        names.push(dbName);
        const started: Record<string, unknown>[] = [];
        const store = await openMongoStore({
          uri,
          dbName,
          clientOptions: {
            mongodbLogComponentSeverities: { command: "debug" },
            mongodbLogMaxDocumentLength: 100_000,
            mongodbLogPath: {
              write: (log: { message?: string; commandName?: string; command?: string }) => {
                if (log.message === "Command started" && log.commandName === "insert" && log.command)
                  started.push(JSON.parse(log.command) as Record<string, unknown>); // relaxed Extended JSON
              },
            },
          },
        });
        try {
          expect(await store.claimOutbox(outboxClaim("options-k1"))).toBe(true);
        } finally {
          await store.close();
        }
        const insert = started.find((command) => command.insert === "outbox");
        if (!insert) throw new Error(`no insert into outbox among ${JSON.stringify(started)}`);
        return insert;
      }

      it("sends retryable majority writes when the URI sets neither", async () => {
        const insert = await claimInsert(mongo?.uri ?? "");
        expect(insert.writeConcern).toEqual({ w: "majority" });
        expect(insert.txnNumber).toBeDefined();
      });

      it("sends w:1 and no retry transaction number for retryWrites=false&w=1", async () => {
        const insert = await claimInsert(withOptions(mongo?.uri ?? "", "retryWrites=false&w=1"));
        expect(insert.writeConcern).toEqual({ w: 1 });
        expect(insert.txnNumber).toBeUndefined();
      });

      it("takes the options in any case, as Cosmos DB's retrywrites=false", async () => {
        const insert = await claimInsert(withOptions(mongo?.uri ?? "", "retrywrites=false&W=1"));
        expect(insert.writeConcern).toEqual({ w: 1 });
        expect(insert.txnNumber).toBeUndefined();
      });
    },
  );
});
