// One queue per channel: a post to a channel starts at least `intervalMs` after the previous one to that
// channel was answered. Slack allows about one message per second per channel, counted when a post
// arrives; Slack had the previous post before it answered, and the next one arrives after it leaves
// here, so two posts arrive at least `intervalMs` apart however long either was on its way. Different
// channels do not wait for each other, except through their workspace's pace: Slack says chat.postMessage
// "generally allows posting one message per second per channel, while also maintaining a workspace-wide
// limit" (https://api.slack.com/apis/rate-limits, "Web API Special Tier") and publishes no figure for the
// latter, so posts to one workspace leave at least `workspaceIntervalMs` apart (SLACK_WORKSPACE_POSTS_PER_MINUTE).

export interface ChannelPacer {
  /** `workspace` (the team id) adds that workspace's pace to the channel's. */
  run<T>(channel: string, task: () => Promise<T>, workspace?: string): Promise<T>;
  /** Resolves when every queued task has finished. */
  idle(): Promise<void>;
}

/**
 * Slack names a workspace-wide limit for chat.postMessage but publishes no figure for it
 * (https://api.slack.com/apis/rate-limits: "one message per second per channel, while also maintaining a
 * workspace-wide limit"). 300 a minute (one post every 200 ms) is a cautious guess at it, five times a
 * channel's pace; a 429 with Retry-After still catches a lower real limit. SLACK_WORKSPACE_POSTS_PER_MINUTE.
 */
export const DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE = 300;

export function workspaceIntervalMs(postsPerMinute: number): number {
  return Math.ceil(60_000 / postsPerMinute);
}

/** A timer may fire a fraction of a millisecond early; a few more sleeps make up for it. */
const MAX_SLEEPS = 4;

export function createChannelPacer(
  intervalMs: number,
  sleep: (ms: number) => Promise<void>,
  nowMs: () => number,
  /** Least time between two posts leaving for one workspace; 0: no workspace pace. */
  workspaceIntervalMs = 0,
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
  // Start slots, not answers: posts to different channels of a workspace still run side by side, each
  // leaving its slot's width after the previous one. One number per workspace.
  const nextSlot = new Map<string, number>();
  const waitForWorkspace = async (workspace: string | undefined) => {
    if (workspace === undefined || workspaceIntervalMs <= 0) return;
    const slot = Math.max(nowMs(), nextSlot.get(workspace) ?? Number.NEGATIVE_INFINITY);
    nextSlot.set(workspace, slot + workspaceIntervalMs);
    for (let sleeps = 0; sleeps < MAX_SLEEPS && nowMs() < slot; sleeps += 1) {
      await sleep(Math.ceil(slot - nowMs()));
    }
  };
  return {
    run(channel, task, workspace) {
      const previous = tails.get(channel) ?? Promise.resolve();
      const next = previous
        .catch(() => {})
        .then(async () => {
          await waitFor(channel);
          await waitForWorkspace(workspace);
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
