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
import { withRoundCache } from "../../src/store/round-cache.ts";
import { logLines } from "../fakes/log-lines.ts";
import { smallRound } from "../scheduler/fakes.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(options: { failSync: () => boolean }) {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-health-"));
  const store: Store = withRoundCache(
    await openEmbeddedStore({
      dataDir: dir,
      // The disk: fine until the test makes it refuse, as a full or failing disk does.
      fsync: (_fd, done) => {
        if (options.failSync()) done(Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" }));
        else done(null);
      },
    }),
  );
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
  let failing = false;
  const s = await serve({ failSync: () => failing });
  await s.store.saveRound(smallRound());
  expect(await s.health()).toMatchObject({ status: 200, body: { status: "ok", store: "ok" } });

  failing = true;
  const remember = (id: string) => s.store.rememberEvent(id, "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z");
  await expect(remember("e1")).rejects.toThrow();
  failing = false; // The disk recovers; the store must still refuse, since what it lost is gone.
  await expect(remember("e2")).rejects.toThrow();
  await expect(s.store.saveRound({ ...smallRound(), name: "changed" })).rejects.toThrow(/sync/);

  const first = await s.health();
  await s.health();
  expect(first.status).toBe(503);
  expect(first.body).toMatchObject({ status: "degraded", store: "failing", scheduler: "on" });
  expect(String(first.body.reason)).toMatch(/writes refused: .*sync/);
  expect(s.logs.filter((l) => l.startsWith("error health: store failing"))).toHaveLength(1);
});

it("answers 503 once the store is closed", async () => {
  const s = await serve({ failSync: () => false });
  await s.closeStore();
  const { status, body } = await s.health();
  expect(status).toBe(503);
  expect(String(body.reason)).toContain("closed");
});
