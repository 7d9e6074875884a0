// The reminder service: each tick finds what is due in every round, sends it once through the
// organisation's platform and reports what it sent, skipped and failed. The clock is passed in.

import type { ChannelSender } from "../delivery/sender-port.ts";
import type { Checklist } from "../domain/checklist.ts";
import { localDate } from "../domain/local-date.ts";
import type { Platform, Round } from "../domain/round.ts";
import { loadRoundState } from "../engine/round-state.ts";
import type { Logger } from "../logging/logger.ts";
import type { Store } from "../store/port.ts";
import { boundHomes, projectManagerHome } from "./chat-home.ts";
import type { DeliveryContext } from "./delivery.ts";
import { dueWorkSteps, outboxEntries } from "./due-work.ts";
import { type FanOutJob, fanOut } from "./fan-out.ts";
import { type PendingNotice, retryNotices } from "./notice-retries.ts";
import { sendNotices } from "./project-manager-notices.ts";
import { jobFor, tickRound } from "./round-jobs.ts";
import { dueCount, type PlannedMessage, scheduledMessageSteps } from "./scheduled-message.ts";
import { inSlices, slices } from "./slices.ts";
import type { TickContext } from "./tick-context.ts";
import { emptyReport, lineOf, type TickReport } from "./tick-report.ts";
import { tellUndelivered } from "./undelivered-notice.ts";

/**
 * A claim older than this is presumed abandoned by an instance that stopped. It must exceed the longest a
 * send can take (the senders wait out 429s for up to about three minutes), so a live sender is never
 * overtaken; a reminder due at 09:00 that is delayed by ten minutes after a crash loses nothing.
 */
export const DEFAULT_LEASE_MS = 10 * 60_000;
/**
 * Channels worked on at once. Each takes one post at a time at its platform's pace, so this bounds the
 * posts in flight; it is above the channels of a national round (a few hundred), since a channel beyond
 * it waits until another has sent all it had.
 */
export const DEFAULT_CONCURRENCY = 1000;
/** Jobs whose chat home is looked up at once. */
const JOBS_AT_ONCE = 256;

export interface ReminderServiceOptions {
  store: Store;
  senders: Partial<Record<Platform, ChannelSender>>;
  checklists: ReadonlyMap<string, Checklist>;
  logger: Logger;
  /** Unique per process: it is written on every claim. */
  instanceId: string;
  leaseMs?: number;
  /** Channels posted to at once (each one post at a time). */
  concurrency?: number;
  /** Render and report what would be sent; claim and send nothing. */
  dryRun?: boolean;
}

export interface ReminderService {
  tick(now: Date): Promise<TickReport>;
  /** Resolves when no tick is running: a shutdown waits for it before closing the store. */
  idle(): Promise<void>;
}

export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const delivery: DeliveryContext = {
    store: options.store,
    senders: options.senders,
    instanceId: options.instanceId,
    inFlight: new Set(),
  };
  const warned = new Set<string>();
  const pendingNotices = new Map<string, PendingNotice>();
  const running = new Set<Promise<TickReport>>();
  const runTick = async (now: Date): Promise<TickReport> => {
    const tick: TickContext = {
      delivery,
      checklists: options.checklists,
      logger: options.logger,
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      dryRun: options.dryRun ?? false,
      now,
      report: emptyReport(now),
      notices: [],
      warned,
      slices: slices(),
      pendingNotices,
    };
    const jobs: FanOutJob<void>[] = [];
    for (const round of await options.store.listRounds()) {
      const messages = await inSlices(scheduledMessageSteps(round), tick.slices);
      jobs.push(...(await roundJobs(tick, round, messages)));
    }
    await fanOut(jobs, options.concurrency ?? DEFAULT_CONCURRENCY);
    await sendNotices(tick);
    await retryNotices(tick);
    logTick(tick);
    return tick.report;
  };
  return {
    tick(now) {
      const run = runTick(now);
      running.add(run);
      const forget = () => running.delete(run);
      run.then(forget, forget);
      return run;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

async function roundJobs(tick: TickContext, round: Round, all: PlannedMessage[]): Promise<FanOutJob<void>[]> {
  const nowMs = tick.now.getTime();
  const today = localDate(tick.now, round.timeZone);
  const messages = all.slice(0, dueCount(all, nowMs));
  const inWindow = messages.filter((m) => today <= m.reportUntil);
  const store = tick.delivery.store;
  const entries = await outboxEntries(store, round.id, inWindow, tick.slices);
  const due = await inSlices(
    dueWorkSteps({
      messages,
      entries,
      nowMs,
      today,
      leaseMs: tick.leaseMs,
      inFlight: tick.delivery.inFlight,
    }),
    tick.slices,
  );
  for (const message of due.stale) tick.report.skippedStale.push(lineOf(message));
  await tellUndelivered(tick, round, due.undelivered);
  if (due.work.length === 0) return [];
  const [state, bindings, projectManagers] = await Promise.all([
    loadRoundState(store, round),
    store.listBindings(round.id),
    projectManagerHome(store, round),
  ]);
  // The first of an id wins, as findOrganisation finds it.
  const organisations = new Map(round.organisations.toReversed().map((o) => [o.id, o]));
  const bound = boundHomes(round.id, bindings);
  const data = tickRound(tick, { round, state, bound, projectManagers, organisations });
  // Side by side within a chunk, so that a store's round trips (MongoDB's) overlap; a pause between chunks.
  const jobs: FanOutJob<void>[] = [];
  for (let start = 0; start < due.work.length; start += JOBS_AT_ONCE) {
    const chunk = due.work.slice(start, start + JOBS_AT_ONCE);
    jobs.push(...(await Promise.all(chunk.map((work) => jobFor(tick, data, work)))));
    await tick.slices.pause();
  }
  return jobs;
}

function logTick(tick: TickContext): void {
  const { sent, failed, skippedNothingMissing, skippedStale, notSent } = tick.report;
  if (sent.length + failed.length === 0) return;
  tick.logger.info("scheduler: tick", {
    at: tick.report.at,
    sent: sent.length,
    failed: failed.length,
    skippedNothingMissing: skippedNothingMissing.length,
    skippedStale: skippedStale.length,
    notSent: notSent.length,
  });
}
