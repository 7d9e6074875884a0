// Waits for what the bot posts after it acknowledged: a slash command's answer arrives at its response_url
// on the fake Slack Web API, and the request is only done (for latency and throughput) when it has.
import type { FakeSlackWebApi, RecordedCall } from "../test/fakes/slack-web-api.ts";

export interface FollowUps {
  /** Resolves with the post to response_url `id`, or rejects after `timeoutMs`. */
  next(id: string, timeoutMs?: number): Promise<RecordedCall>;
  /** Drops the recorded calls (the fake keeps every body; a long run would otherwise hold them all). */
  forget(): void;
}

export function watchResponseUrls(fake: FakeSlackWebApi): FollowUps {
  const waiting = new Map<string, (call: RecordedCall) => void>();
  const early = new Map<string, RecordedCall>();
  const calls = fake.calls;
  const push = calls.push.bind(calls);
  // The fake records into this very array; watching its push is how the runner hears of each post at once.
  calls.push = (...items: RecordedCall[]) => {
    for (const call of items) {
      if (call.method !== "response_url" || call.responseUrlId === undefined) continue;
      const resolve = waiting.get(call.responseUrlId);
      if (resolve) {
        waiting.delete(call.responseUrlId);
        resolve(call);
      } else early.set(call.responseUrlId, call);
    }
    return push(...items);
  };
  return {
    next(id, timeoutMs = 10_000) {
      const arrived = early.get(id);
      if (arrived) {
        early.delete(id);
        return Promise.resolve(arrived);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`no post to response_url ${id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, (call) => {
          clearTimeout(timer);
          resolve(call);
        });
      });
    },
    forget() {
      calls.length = 0;
    },
  };
}
