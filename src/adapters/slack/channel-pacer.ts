// One queue per channel: a post to a channel starts at least `intervalMs` after the previous one to that
// channel was answered (Slack allows about one message per second per channel, counted when a post
// arrives; Slack had the previous post before it answered, so this spacing holds on Slack's side too,
// however late the next post leaves). Different channels do not wait for each other.

export interface ChannelPacer {
  run<T>(channel: string, task: () => Promise<T>): Promise<T>;
  /** Resolves when every queued task has finished. */
  idle(): Promise<void>;
}

export function createChannelPacer(
  intervalMs: number,
  sleep: (ms: number) => Promise<void>,
  nowMs: () => number,
): ChannelPacer {
  const tails = new Map<string, Promise<unknown>>();
  // One number per channel the bot posts to: a round's channels, a few hundred at most.
  const lastAnswered = new Map<string, number>();
  return {
    run(channel, task) {
      const previous = tails.get(channel) ?? Promise.resolve();
      const next = previous
        .catch(() => {})
        .then(async () => {
          const wait = (lastAnswered.get(channel) ?? Number.NEGATIVE_INFINITY) + intervalMs - nowMs();
          if (wait > 0) await sleep(wait);
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
