// Runs the reminder tick every five minutes in Stockholm time. With several instances, node-cron's
// distributed mode lets one of them run each tick (the store decides); the outbox keys would stop a
// second send anyway. A tick never overlaps the previous one in the same process.
import cron from "node-cron";
import type { Logger } from "../logging/logger.ts";
import type { Store } from "../store/port.ts";
import type { ReminderService } from "./reminder-service.ts";
import { storeRunCoordinator } from "./store-run-coordinator.ts";
import type { TickReport } from "./tick-report.ts";

export const REMINDER_CRON = "*/5 * * * *";
/** The same on every instance: node-cron's coordinator key is this name and the tick's instant. */
export const REMINDER_TASK_NAME = "modellbot-reminders";

export interface ReminderCronOptions {
  service: ReminderService;
  store: Pick<Store, "claimTick">;
  instanceId: string;
  /** The instant a tick runs as of; the playground moves it. */
  clock: { now(): Date };
  logger: Logger;
  timeZone?: string;
  /** Tests use a seconds pattern. */
  expression?: string;
  onTick?: (report: TickReport) => void;
}

export function startReminderCron(options: ReminderCronOptions): { stop(): Promise<void> } {
  const { service, clock, logger } = options;
  const task = cron.schedule(
    options.expression ?? REMINDER_CRON,
    async () => {
      try {
        // Not `onTick?.(await …)`: optional chaining would skip the tick itself when onTick is absent.
        const report = await service.tick(clock.now());
        options.onTick?.(report);
      } catch (error) {
        logger.error("scheduler: tick failed", { err: error });
      }
    },
    {
      name: REMINDER_TASK_NAME,
      timezone: options.timeZone ?? "Europe/Stockholm",
      noOverlap: true,
      distributed: true,
      runCoordinator: storeRunCoordinator(options.store, options.instanceId, () => new Date()),
    },
  );
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
