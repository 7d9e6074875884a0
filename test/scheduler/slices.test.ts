// A tick plans a whole round on the event loop that also answers people. A national round's plan takes a
// few hundred milliseconds of work; the tick lets requests in between slices of it instead of holding them
// all that time (src/scheduler/slices.ts).
import { describe, expect, it } from "vitest";
import { scheduledMessages } from "../../src/scheduler/scheduled-message.ts";
import { inSlices, SLICE_MS, slices } from "../../src/scheduler/slices.ts";
import { sameDayClusters, testRound } from "../fixtures/round-builder.ts";
import { setUp } from "./setup.ts";

/** How often a chain of setImmediate callbacks (a stand-in for arriving requests) ran while `work` ran. */
async function turnsDuring(work: Promise<unknown>): Promise<{ turns: number; longestMs: number }> {
  let done = false;
  let turns = 0;
  let longestMs = 0;
  let last = performance.now();
  const turn = () => {
    if (done) return;
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
    turns += 1;
    setImmediate(turn);
  };
  setImmediate(turn);
  await work;
  done = true;
  return { turns, longestMs };
}

describe("a tick over a large round", () => {
  it("holds the event loop for a fraction of what planning the round at once takes", async () => {
    // 1,000 clusters (a national round): about 56,000 messages to plan.
    const clusters = sameDayClusters(1_000);
    const round = testRound({ startUp: "2027-02-03", conference: "2027-12-08", clusters });
    const { tickAt, temp } = await setUp({ round });
    try {
      // The baseline, in this run: the same plan made at once, as the tick did before it paused. Each
      // side is the best of three, so that a moment when the machine is busy elsewhere does not decide.
      scheduledMessages(round);
      const atOnce: number[] = [];
      const held: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        scheduledMessages(round);
        atOnce.push(performance.now() - started);
        // Nothing is due on this day: the tick plans and finds nothing to send.
        const tick = tickAt("2027-02-01T09:00:00+01:00");
        held.push((await turnsDuring(tick)).longestMs);
        expect((await tick).sent).toEqual([]);
      }
      expect(Math.min(...held)).toBeLessThan(Math.min(...atOnce) / 2);
    } finally {
      await temp.close();
    }
  });
});

describe("inSlices", () => {
  it("gives the same result as running the steps at once, pausing only once a slice is used up", async () => {
    function* steps() {
      let sum = 0;
      for (let i = 1; i <= 50; i++) {
        const until = performance.now() + 1;
        while (performance.now() < until) sum += 0; // a millisecond of work per step
        sum += i;
        yield;
      }
      return sum;
    }
    const { turns } = await turnsDuring(inSlices(steps(), slices()));
    expect(await inSlices(steps(), slices())).toBe(1275);
    // 50 ms of work in slices of SLICE_MS: about ten pauses, not one per step.
    expect(turns).toBeGreaterThanOrEqual(50 / SLICE_MS / 2);
    expect(turns).toBeLessThan(50);
  });
});
