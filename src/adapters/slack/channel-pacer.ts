// One queue per channel: a post to a channel starts at least `intervalMs` after the previous one to that
// channel was answered. Slack allows about one message per second per channel, counted when a post
// arrives; Slack had the previous post before it answered, and the next one arrives after it leaves
// here, so two posts arrive at least `intervalMs` apart however long either was on its way. Different
// channels do not wait for each other.

export interface ChannelPacer {
  run<T>(channel: string, task: () => Promise<T>): Promise<T>;
  /** Resolves when every queued task has finished. */
  idle(): Promise<void>;
}

/** A timer may fire a fraction of a millisecond early; a few more sleeps make up for it. */
const MAX_SLEEPS = 4;

export function createChannelPacer(
  intervalMs: number,
  sleep: (ms: number) => Promise<void>,
  nowMs: () => number,
): ChannelPacer {
  const tails = new Map<string, Promise<unknown>>();
  // One number per channel the bot posts to: a round's channels, a few hundred at most.
  const lastAnswered = new Map<string, number>();
  const waitFor = async (channel: string) => {
    const earliest = (lastAnswered.get(channel) ?? Number.NEGATIVE_INFINITY) + intervalMs;
    for (let sleeps = 0; sleeps < MAX_SLEEPS && nowMs() < earliest; sleeps += 1) {
      await sleep(Math.ceil(earliest - nowMs()));
    }
  };
  return {
    run(channel, task) {
      const previous = tails.get(channel) ?? Promise.resolve();
      const next = previous
        .catch(() => {})
        .then(async () => {
          await waitFor(channel);
          try {
            return await task();
          } finally {
            lastAnswered.set(channel, nowMs());
          }
        });
      tails.set(channel, next);
      // Forget an idle channel's queue so that map does not grow with every channel ever posted to.
      void next
        .catch(() => {})
        .then(() => {
          if (tails.get(channel) === next) tails.delete(channel);
        });
      return next;
    },
    async idle() {
      while (tails.size > 0) await Promise.allSettled([...tails.values()]);
    },
  };
}
