// The fan-out: one post at a time per channel, channels side by side, and every channel's first post out
// before anything else, since each channel's pace starts with it.
import { describe, expect, it } from "vitest";
import { type FanOutJob, FIRST_POSTS_WAIT_MS, fanOut } from "../../src/scheduler/fan-out.ts";

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function recorder() {
  const events: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const job = (channel: string, name: string, ms = 5): FanOutJob<string> => ({
    platform: "slack",
    channel,
    run: async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      events.push(`start ${name}`);
      await pause(ms);
      events.push(`end ${name}`);
      running -= 1;
      return name;
    },
  });
  return { events, job, mostAtOnce: () => mostAtOnce };
}

describe("the fan-out", () => {
  it("sends to a channel one post at a time in order, to different channels at once, results in order", async () => {
    const r = recorder();
    const jobs = [r.job("a", "a1"), r.job("b", "b1"), r.job("a", "a2"), r.job("b", "b2"), r.job("a", "a3")];
    jobs.push(r.job("b", "b3"));
    expect(await fanOut(jobs, 10)).toEqual(["a1", "b1", "a2", "b2", "a3", "b3"]);
    const a = r.events.filter((e) => e.includes(" a"));
    expect(a).toEqual(["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]);
    expect(r.events.indexOf("start b1")).toBeLessThan(r.events.indexOf("end a1"));
  });

  it("sends every channel's first post before any channel's second", async () => {
    const r = recorder();
    const jobs = [r.job("a", "a1", 1), r.job("a", "a2"), r.job("b", "b1", 30), r.job("b", "b2")];
    await fanOut(jobs, 10);
    expect(r.events.indexOf("start a2")).toBeGreaterThan(r.events.indexOf("end b1"));
  });

  it("starts a channel with much less to send once the longest have their first post out", async () => {
    const r = recorder();
    const slack = ["s1", "s2", "s3"].map((name) => r.job("slack-channel", name));
    const teams: FanOutJob<string> = { ...r.job("teams-chat", "t1"), platform: "teams" };
    await fanOut([teams, ...slack], 10);
    expect(r.events.indexOf("start t1")).toBeGreaterThan(r.events.indexOf("end s1"));
  });

  it("holds the others back for a second at most while a first post is slow (say, waiting out a 429)", async () => {
    const r = recorder();
    const started = performance.now();
    let secondAt = 0;
    const second: FanOutJob<string> = {
      ...r.job("b", "b2"),
      run: async () => {
        secondAt = performance.now() - started;
        return "b2";
      },
    };
    const slowFirst = r.job("a", "a1", FIRST_POSTS_WAIT_MS + 3000);
    await fanOut([slowFirst, r.job("a", "a2"), r.job("b", "b1"), second], 10);
    expect(secondAt).toBeGreaterThanOrEqual(FIRST_POSTS_WAIT_MS - 5);
    // Well before the slow first post ends, with room for timers late on a loaded machine.
    expect(secondAt).toBeLessThan(FIRST_POSTS_WAIT_MS + 1500);
  });

  it("works on at most `concurrency` channels at once, each to its end", async () => {
    const r = recorder();
    const jobs = ["a", "b", "c", "d", "e"].flatMap((c) => [r.job(c, `${c}1`), r.job(c, `${c}2`)]);
    expect(await fanOut(jobs, 2)).toHaveLength(10);
    expect(r.mostAtOnce()).toBe(2);
  });
});
