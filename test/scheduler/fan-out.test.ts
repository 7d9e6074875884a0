// The fan-out: one post at a time per channel, in order, and channels side by side.
import { describe, expect, it } from "vitest";
import { type FanOutJob, fanOut } from "../../src/scheduler/fan-out.ts";

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function recorder() {
  const events: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const job = (channel: string, name: string, ms = 5): FanOutJob<string> => ({
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

  it("works on at most `concurrency` channels at once, each to its end", async () => {
    const r = recorder();
    const jobs = ["a", "b", "c", "d", "e"].flatMap((c) => [r.job(c, `${c}1`), r.job(c, `${c}2`)]);
    expect(await fanOut(jobs, 2)).toHaveLength(10);
    expect(r.mostAtOnce()).toBe(2);
  });
});
