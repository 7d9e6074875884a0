// Two scheduler instances, each with its own connection to one store, ticking at the same instants.
import { afterEach, expect, it } from "vitest";
import { plan, reminderKey } from "../../src/domain/reminder-plan.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";
import { setUp } from "./setup.ts";
import { tickInstants } from "./simulation.ts";

let cleanup: () => Promise<void> = async () => {};
afterEach(() => cleanup());

it("sends each reminder once when two instances tick concurrently against one store", async () => {
  const s = await setUp();
  const second: Store = await openStore({ dataDir: s.temp.dataDir });
  cleanup = async () => {
    await second.close();
    await s.temp.close();
  };
  const one = s.service(s.store, { instanceId: "one", concurrency: 2 });
  const two = s.service(second, { instanceId: "two", concurrency: 2 });
  const reports = [];
  for (const instant of tickInstants("2027-03-29", "2027-04-12", s.round.timeZone)) {
    s.clock.set(instant);
    reports.push(...(await Promise.all([one.tick(instant), two.tick(instant)])));
  }
  const keys = s.platforms.sent.map((m) => m.key);
  const duplicates = keys.length - new Set(keys).size;
  console.log(`two instances: ${keys.length} posts, duplicates ${duplicates}`);
  expect(duplicates).toBe(0);
  const due = plan(s.round)
    .filter((r) => r.meeting === "benchmarking-1")
    .map(reminderKey);
  for (const key of due) expect(keys, key).toContain(key);
  // Both instances did part of the work: the outbox, not luck, kept them apart.
  const senders = new Set((await s.store.listOutbox()).map((e) => e.claimedBy));
  expect(senders).toEqual(new Set(["one", "two"]));
  const reported = reports.flatMap((r) => r.sent.map((l) => l.key));
  expect(reported.sort()).toEqual([...keys].sort());
});
