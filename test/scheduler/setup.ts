// A small round in a temp store with a reminder service on recording platforms and a fake clock.
import type { Round } from "../../src/domain/round.ts";
import { createReminderService, type ReminderServiceOptions } from "../../src/scheduler/reminder-service.ts";
import type { Store } from "../../src/store/port.ts";
import { exampleRound, fakeClock, logger, recordingPlatforms, smallRound, tempStore } from "./fakes.ts";

export async function setUp(options: { round?: Round; lookup?: ("slack" | "teams")[] } = {}) {
  const temp = await tempStore();
  const round = options.round ?? smallRound();
  await temp.store.saveRound(round);
  const { checklists } = await exampleRound();
  const clock = fakeClock(new Date("2027-03-01T00:00:00+01:00"));
  const platforms = recordingPlatforms(clock, { lookup: options.lookup ?? ["slack"] });
  const log = logger();
  const service = (store: Store = temp.store, extra: Partial<ReminderServiceOptions> = {}) =>
    createReminderService({
      store,
      senders: { slack: platforms.slack, teams: platforms.teams },
      checklists,
      logger: log,
      instanceId: extra.instanceId ?? "instance-1",
      ...extra,
    });
  /** Ticks `svc` as of the instant, with the platforms' clock set to it. */
  const tickAt = (iso: string, svc = service()) => {
    clock.set(new Date(iso));
    return svc.tick(new Date(iso));
  };
  return { temp, store: temp.store, round, checklists, clock, platforms, log, service, tickAt };
}

export const keysOf = (lines: { key: string }[]) => lines.map((l) => l.key).sort();
