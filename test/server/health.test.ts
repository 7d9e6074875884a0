// Issue #16, failure 7: after a failed fsync every write is refused, yet /healthz said 200 "ok". Now it
// answers 503 with the reason while the store refuses writes (a failed fsync, a closed store), and the log
// says so once when it happens.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { healthRoute } from "../../src/server/health.ts";
import { createHttpServer, type HttpServer } from "../../src/server/http-server.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { logLines } from "../fakes/log-lines.ts";
import { smallRound } from "../scheduler/fakes.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `refusal`: stands in for the embedded store's answer after a failed fsync (see write-transaction.test.ts). */
async function serve(options: { refusal?: () => string | undefined } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-health-"));
  const embedded = await openEmbeddedStore({ dataDir: dir });
  const { refusal } = options;
  const store: Store = refusal
    ? Object.assign(Object.create(embedded) as Store, { writeRefusal: refusal })
    : embedded;
  const { logger, lines: logs } = logLines();
  const server: HttpServer = createHttpServer(
    [healthRoute(store, () => ({ scheduler: "on" }), logger)],
    logger,
  );
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/healthz`;
  let closed = false;
  cleanups.push(async () => {
    await server.close();
    if (!closed) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const health = async () => {
    const res = await fetch(url);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const closeStore = async () => {
    closed = true;
    await store.close();
  };
  return { store, logs, health, closeStore };
}

it("answers 503 with the reason after a failed fsync, and logs it once", async () => {
  let failed = false;
  const s = await serve({
    refusal: () =>
      failed
        ? "Cannot use the data file modellbot.sqlite: the disk refused to sync it (disk I/O error)"
        : undefined,
  });
  await s.store.saveRound(smallRound());
  expect(await s.health()).toMatchObject({ status: 200, body: { status: "ok", store: "ok" } });

  failed = true;
  const first = await s.health();
  await s.health();
  expect(first.status).toBe(503);
  expect(first.body).toMatchObject({ status: "degraded", store: "failing", scheduler: "on" });
  expect(String(first.body.reason)).toMatch(/writes refused: .*sync/);
  expect(s.logs.filter((l) => l.startsWith("error health: store failing"))).toHaveLength(1);
});

it("answers 503 once the store is closed", async () => {
  const s = await serve();
  await s.closeStore();
  const { status, body } = await s.health();
  expect(status).toBe(503);
  expect(String(body.reason)).toContain("closed");
});
