// Sends a tick's messages to many channels at once. Each channel is a lane that takes its messages one at
// a time, in order: the senders pace a channel (Slack about one post a second, Teams seven), so while a
// channel's pace runs out its lane already has the next message composed and claimed, and no channel
// ever waits behind another one's pace.
//
// A channel's pace starts with its first post, so the tick ends at the earliest when the last of the
// longest lanes has its first post out plus what its pace needs for the rest. Those first posts therefore
// go out before anything else: the other lanes' posts, and the longest lanes' own second ones, wait until
// then, so that they do not compete with them for the process.
import type { Platform } from "../domain/round.ts";

/** Posts per second per channel the platform accepts: only used to decide which lanes start first. */
export const CHANNEL_PACE: Readonly<Record<Platform, number>> = { slack: 1, teams: 7 };

/** A lane whose posts need this much less time than the longest lane's can wait for the first posts. */
export const LEADING_WITHIN_SECONDS = 1;

export interface FanOutJob<T> {
  /** The channel's platform; absent for work that posts nothing (it is only reported). */
  platform: Platform | undefined;
  /** Jobs with the same channel key run one after the other, in their order. */
  channel: string;
  run(): Promise<T>;
}

interface Lane {
  indexes: number[];
  /** Seconds the channel's pace needs for the lane's posts. */
  seconds: number;
}

/** The jobs grouped by channel, the lanes that take the longest first (ties in the jobs' order). */
export function lanesOf<T>(jobs: readonly FanOutJob<T>[]): Lane[] {
  const lanes = new Map<string, Lane>();
  jobs.forEach((job, index) => {
    const lane = lanes.get(job.channel) ?? { indexes: [], seconds: 0 };
    lane.indexes.push(index);
    lane.seconds += job.platform ? 1 / CHANNEL_PACE[job.platform] : 0;
    lanes.set(job.channel, lane);
  });
  return [...lanes.values()].sort((a, b) => b.seconds - a.seconds);
}

/**
 * The most the other posts wait for the first ones: by then the first channels' second posts are due, and
 * a first post may be waiting out a 429 for much longer.
 */
export const FIRST_POSTS_WAIT_MS = 1000;

/** Resolves once `count` calls to `done` have been made, or after `maxWaitMs` at the latest. */
function countdown(count: number, maxWaitMs: number): { done(): void; reached: Promise<void> } {
  let left = count;
  let open: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    open = resolve;
  });
  if (left <= 0) open();
  else {
    const timer = setTimeout(open, maxWaitMs);
    void reached.then(() => clearTimeout(timer));
  }
  return {
    done: () => {
      left -= 1;
      if (left === 0) open();
    },
    reached,
  };
}

/**
 * Runs every job, at most `concurrency` channels at a time; results in the jobs' order. Jobs must not
 * reject. With more channels than that, a lane runs to its end before another channel starts.
 */
export async function fanOut<T>(jobs: readonly FanOutJob<T>[], concurrency: number): Promise<T[]> {
  const lanes = lanesOf(jobs);
  const results = new Array<T>(jobs.length);
  const longest = lanes[0]?.seconds ?? 0;
  const leads = (lane: Lane) => lane.seconds > longest - LEADING_WITHIN_SECONDS;
  const workers = Math.max(1, Math.min(concurrency, lanes.length));
  // Only the lanes that start at once can hold the others back.
  const firstPosts = countdown(lanes.slice(0, workers).filter(leads).length, FIRST_POSTS_WAIT_MS);
  let next = 0;
  const worker = async () => {
    while (next < lanes.length) {
      const position = next++;
      const lane = lanes[position] as Lane;
      const [first, ...rest] = lane.indexes;
      const leading = position < workers && leads(lane);
      if (!leading) await firstPosts.reached;
      if (first !== undefined) results[first] = await (jobs[first] as FanOutJob<T>).run();
      if (leading) {
        firstPosts.done();
        await firstPosts.reached;
      }
      for (const index of rest) results[index] = await (jobs[index] as FanOutJob<T>).run();
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
