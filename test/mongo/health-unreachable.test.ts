// Issue #16, failure 7, for MongoDB: /healthz must answer 503 with the reason while the store cannot take
// writes, an unreachable server included. Before, the health check's read waited for the driver's server
// selection (30 s by default) and then said only "reads fail". This test starts a jongodb emulator of its
// own (not the run's shared one) and kills it, as a MongoDB that goes away.
import { afterEach, describe, expect, it } from "vitest";
import { healthRoute } from "../../src/server/health.ts";
import { createHttpServer } from "../../src/server/http-server.ts";
import { openMongoStore } from "../../src/store/mongo/open-mongo-store.ts";
import { PING_TIMEOUT_MS } from "../../src/store/mongo/reachability.ts";
import { jongodbBinary } from "./jongodb-binary.ts";
import { type JongodbServer, startJongodb } from "./jongodb-server.ts";

const binary = jongodbBinary();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function ownEmulator(): Promise<JongodbServer> {
  const server = await startJongodb(binary.ok ? binary.path : "");
  cleanups.push(() => server.stop());
  return server;
}

describe.skipIf(!binary.ok)(
  `health of a MongoDB store (${binary.ok ? "jongodb" : `skipped: ${binary.ok || binary.reason}`})`,
  () => {
    it("answers 503 with the reason within seconds of the server going away, and 200 while it answers", async () => {
      const server = await ownEmulator();
      const store = await openMongoStore({
        uri: server.uri,
        dbName: "health",
        clientOptions: { serverSelectionTimeoutMS: 30_000 },
      });
      cleanups.push(() => store.close());
      const logs: string[] = [];
      const log = (level: string) => (message: string) => void logs.push(`${level} ${message}`);
      const logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
      const http = createHttpServer([healthRoute(store, () => ({ scheduler: "on" }), logger)], logger);
      const url = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}/healthz`;
      cleanups.push(() => http.close());
      const health = async () => {
        const started = performance.now();
        const res = await fetch(url);
        const body = (await res.json()) as Record<string, unknown>;
        return { status: res.status, body, ms: performance.now() - started };
      };

      expect(await health()).toMatchObject({ status: 200, body: { store: "ok" } });

      await server.stop();
      // Every check pings; polled a little in case the emulator takes a moment to go.
      let last = await health();
      const deadline = performance.now() + PING_TIMEOUT_MS + 2_000;
      while (last.status === 200 && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        last = await health();
      }
      console.log(
        `health-unreachable: 503 answered in ${last.ms.toFixed(0)} ms: ${String(last.body.reason)}`,
      );
      expect(last.status).toBe(503);
      expect(last.body).toMatchObject({ status: "degraded", store: "failing", scheduler: "on" });
      expect(String(last.body.reason)).toMatch(/^unreachable: MongoDB/);
      expect(last.ms).toBeLessThan(PING_TIMEOUT_MS + 1_000);
      expect(logs.filter((l) => l === "error health: store failing")).toHaveLength(1);
    });
  },
);
