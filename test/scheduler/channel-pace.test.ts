// The senders' pacing, against platforms that count posts when they arrive: however long a post is on
// its way there or back, no channel ever gets more than its limit in any second.
import { describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import type { SlackApi } from "../../src/adapters/slack/slack-api.ts";
import { createSlackSender } from "../../src/adapters/slack/slack-sender.ts";
import { SendThrottle } from "../../src/adapters/teams/send-throttle.ts";
import type { ChatHome } from "../../src/domain/round.ts";

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const card: Card = { kind: "reminder", title: "Påminnelse", summary: "Publicera presentationen", blocks: [] };
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A Web API whose posts take `delays[n]` ms to arrive and as long again to be answered. */
function slowApi(delays: number[]) {
  const arrivals: number[] = [];
  let n = 0;
  const api: SlackApi = {
    call: async () => {
      const delay = delays[n++ % delays.length] ?? 0;
      await pause(delay);
      arrivals.push(performance.now());
      await pause(delay);
      return { ok: true, ts: String(arrivals.length) };
    },
    upload: async () => {},
  };
  return { api, arrivals };
}

describe("Slack pacing", () => {
  it("spaces a channel's arrivals by the interval even when an earlier post was slower on its way", async () => {
    const { api, arrivals } = slowApi([60, 0, 45, 1, 30, 0]);
    const interval = 100;
    const sender = createSlackSender({ api, logger: quiet, intervalMs: interval });
    const home: ChatHome = { platform: "slack", workspace: "T1", channel: "C1" };
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => sender.send(home, card, `k${i}`)));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const gaps = arrivals.slice(1).map((t, i) => t - (arrivals[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(interval);
  });
});

describe("Teams pacing", () => {
  function manualClock() {
    let now = 0;
    const sleeps: number[] = [];
    return {
      clock: () => new Date(now),
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
      advance: (ms: number) => {
        now += ms;
      },
      sleeps,
    };
  }

  it("holds the eighth post to a chat until one of seven still on their way is answered, then a window", async () => {
    const c = manualClock();
    const throttle = new SendThrottle(c.clock, c.sleep);
    const frees = [];
    for (let i = 0; i < 7; i++) frees.push(await throttle.acquire("tenant", "chat"));
    let eighthLeft = false;
    const eighth = throttle.acquire("tenant", "chat").then((free) => {
      eighthLeft = true;
      return free;
    });
    c.advance(2000); // Long past a second from when they left: they are still on their way.
    await pause(0);
    expect(eighthLeft).toBe(false);
    frees[0]?.();
    (await eighth)();
    expect(c.sleeps).toEqual([1100]);
  });

  it("keeps a tenant to 30 posts in flight or answered within a window across its chats", async () => {
    const c = manualClock();
    const throttle = new SendThrottle(c.clock, c.sleep);
    for (let i = 0; i < 30; i++) (await throttle.acquire("tenant", `chat-${i % 5}`))();
    (await throttle.acquire("tenant", "chat-9"))();
    expect(c.sleeps).toEqual([1100]);
  });
});
