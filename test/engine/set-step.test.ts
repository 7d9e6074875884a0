// A mentor can set the cluster's step by hand; it holds until the calendar moves on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/engine/events.ts";
import { type Harness, startHarness, text } from "./harness.ts";

const MENTOR = "anna.lind@kalmar.example";
const MEMBER = "lars.nystrom@karlskrona.example";
const OTHER_MENTOR = "helena.bystrom@ornskoldsvik.example";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

function step(replies: Reply[]): number | undefined {
  for (const r of replies) {
    if (!("card" in r)) continue;
    const bar = r.card.blocks.find((b) => b.type === "progress");
    if (bar?.type === "progress") return bar.value;
  }
  return undefined;
}

describe("setting a cluster's step by hand", () => {
  it("is refused for a member and for another cluster's mentor, and changes nothing", async () => {
    expect(text(await h.say(MEMBER, "sättsteg 4", "2027-04-20T09:00:00Z"))).toMatch(
      /mentor eller en projektledare/,
    );
    expect(text(await h.say(OTHER_MENTOR, "sättsteg 4 kalmar", "2027-04-20T09:00:00Z"))).toMatch(/mentor/);
    expect(step(await h.say(MENTOR, "status", "2027-04-20T10:00:00Z"))).toBe(3);
  });

  it("holds for the mentor's cluster until the calendar's next change", async () => {
    expect(text(await h.say(MENTOR, "sättsteg 4", "2027-04-20T09:00:00Z"))).toMatch(/steg 4/);
    expect(step(await h.say(MENTOR, "status", "2027-04-21T09:00:00Z"))).toBe(4);
    // Benchmarking meeting 2 (13 May) passes: the calendar says step 5 and wins.
    expect(step(await h.say(MENTOR, "status", "2027-05-14T09:00:00Z"))).toBe(5);
  });

  it("refuses a step outside 1–8 with the usage", async () => {
    expect(text(await h.say(MENTOR, "setstep 9", "2027-04-20T09:00:00Z"))).toMatch(/1–8/);
    expect(await h.store.listStepOverrides(h.round.id)).toHaveLength(1);
  });
});
