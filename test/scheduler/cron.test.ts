// The cron job: every instance schedules the tick, the store lets one of them run each one.
import { afterEach, expect, it } from "vitest";
import { startReminderCron } from "../../src/scheduler/cron.ts";
import type { ReminderService } from "../../src/scheduler/reminder-service.ts";
import { storeRunCoordinator } from "../../src/scheduler/store-run-coordinator.ts";
import { emptyReport } from "../../src/scheduler/tick-report.ts";
import { logger, type TempStore, tempStore } from "./fakes.ts";

let temp: TempStore | undefined;
afterEach(async () => temp?.close());

it("elects exactly one instance per key", async () => {
  temp = await tempStore();
  const now = () => new Date("2027-03-31T09:00:00+02:00");
  const a = storeRunCoordinator(temp.store, "a", now);
  const b = storeRunCoordinator(temp.store, "b", now);
  const key = "modellbot-reminders:2027-03-31T07:00:00.000Z";
  expect(await Promise.all([a.shouldRun(key, 60_000), b.shouldRun(key, 60_000)])).toEqual([true, false]);
  expect(await b.shouldRun("modellbot-reminders:2027-03-31T07:05:00.000Z", 60_000)).toBe(true);
});

it("runs each scheduled tick on one of two instances, as of the injected clock", async () => {
  temp = await tempStore();
  const ticks: { instance: string; at: number; now: string }[] = [];
  const service = (instance: string): ReminderService => ({
    async tick(now) {
      ticks.push({ instance, at: Math.floor(Date.now() / 1000), now: now.toISOString() });
      return emptyReport(now);
    },
    async idle() {},
  });
  const clock = { now: () => new Date("2027-03-31T09:00:00+02:00") };
  const start = (instance: string) =>
    startReminderCron({
      service: service(instance),
      store: temp?.store as TempStore["store"],
      instanceId: instance,
      clock,
      logger: logger(),
      expression: "* * * * * *",
    });
  const jobs = [start("a"), start("b")];
  await new Promise((resolve) => setTimeout(resolve, 3500));
  await Promise.all(jobs.map((j) => j.stop()));
  const seconds = ticks.map((t) => t.at);
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  expect(new Set(seconds).size).toBe(seconds.length);
  expect(new Set(ticks.map((t) => t.now))).toEqual(new Set(["2027-03-31T07:00:00.000Z"]));
});
