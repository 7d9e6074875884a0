// One queue per channel: posts to a channel start at least `intervalMs` apart (Slack allows about one
// message per second per channel); different channels do not wait for each other.

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
  const lastStart = new Map<string, number>();
  return {
    run(channel, task) {
      const previous = tails.get(channel) ?? Promise.resolve();
      const next = previous
        .catch(() => {})
        .then(async () => {
          const wait = (lastStart.get(channel) ?? Number.NEGATIVE_INFINITY) + intervalMs - nowMs();
          if (wait > 0) await sleep(wait);
          lastStart.set(channel, nowMs());
          return task();
        });
      tails.set(channel, next);
      // Forget an idle channel so the maps do not grow with every channel ever posted to.
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
