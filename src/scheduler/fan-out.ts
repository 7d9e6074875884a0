// Sends a tick's messages to many channels at once with a bounded number of workers. The senders pace
// each channel (Slack about 1 post a second, Teams 7); the work is ordered by when each post can go
// at the earliest, so that no worker waits on a busy channel while posts to idle ones are ready.
import type { Platform } from "../domain/round.ts";

/** Posts per second per channel the platform accepts: only used to order the work. */
export const CHANNEL_PACE: Readonly<Record<Platform, number>> = { slack: 1, teams: 7 };

export interface FanOutJob<T> {
  platform: Platform;
  /** Posts with the same channel key go through one channel's pace. */
  channel: string;
  run(): Promise<T>;
}

/** Stable: the n-th post to a channel ranks at n / pace seconds; ties keep their order. */
export function paceOrder<T>(jobs: readonly FanOutJob<T>[]): number[] {
  const seen = new Map<string, number>();
  const slots = jobs.map((job, index) => {
    const position = seen.get(job.channel) ?? 0;
    seen.set(job.channel, position + 1);
    return { index, slot: position / CHANNEL_PACE[job.platform] };
  });
  return slots.sort((a, b) => a.slot - b.slot || a.index - b.index).map((s) => s.index);
}

/** Runs every job, at most `concurrency` at a time; results in the jobs' order. Jobs must not reject. */
export async function fanOut<T>(jobs: readonly FanOutJob<T>[], concurrency: number): Promise<T[]> {
  const order = paceOrder(jobs);
  const results = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < order.length) {
      const index = order[next++] as number;
      results[index] = await (jobs[index] as FanOutJob<T>).run();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return results;
}
