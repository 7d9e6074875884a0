// Rounds are read once per few seconds, not per request; a round saved here is seen at once, one saved
// by another instance within the cache time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { ROUND_CACHE_MS, withRoundCache } from "../../src/store/round-cache.ts";
import { testRound } from "../fixtures/round-builder.ts";

const round = testRound({
  startUp: "2027-02-03",
  conference: "2027-12-09",
  clusters: [{ b1: "2027-04-05", b2: "2027-05-13", b3: "2027-11-08" }],
});

let dir: string;
let raw: Store;
let now = 0;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-round-cache-"));
  raw = await openEmbeddedStore({ dataDir: dir });
});
afterEach(async () => {
  await raw.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the round cache", () => {
  it("shows a round saved through it at once", async () => {
    const cached = withRoundCache(raw, () => now);
    expect(await cached.listRounds()).toEqual([]);
    await cached.saveRound(round);
    expect((await cached.listRounds()).map((r) => r.id)).toEqual(["test-round"]);
    expect((await cached.getRound("test-round"))?.name).toBe("Test round");
  });

  it("sees another instance's import once the cache time has passed, not before", async () => {
    const cached = withRoundCache(raw, () => now);
    expect(await cached.listRounds()).toEqual([]);
    await raw.saveRound(round);
    now += ROUND_CACHE_MS - 1;
    expect(await cached.listRounds()).toEqual([]);
    now += 2;
    expect(await cached.listRounds()).toHaveLength(1);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const flaky = Object.assign(Object.create(raw) as Store, {
      listRounds: () => (fail ? Promise.reject(new Error("store_unavailable")) : raw.listRounds()),
    });
    const cached = withRoundCache(flaky, () => now);
    await expect(cached.listRounds()).rejects.toThrow("store_unavailable");
    fail = false;
    expect(await cached.listRounds()).toEqual([]);
  });
});
