// `published <link>` marks the presentation for the next benchmarking meeting, from the very start.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, text } from "./harness.ts";

const KEY_PERSON = "ingrid.falk@vaxholm.example";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe("marking a presentation published", () => {
  it("before the start-up meeting marks the one for benchmarking meeting 1", async () => {
    expect(
      text(await h.say(KEY_PERSON, "publicerad https://example.org/v1.pdf", "2027-01-20T09:00:00Z")),
    ).toMatch(/benchmarkingmöte 1/);
  });

  it("after meeting 1 marks the one for meeting 2", async () => {
    expect(
      text(await h.say(KEY_PERSON, "published https://example.org/v2.pdf", "2027-04-06T09:00:00Z")),
    ).toMatch(/benchmarkingmöte 2/);
    const marks = await h.store.listPresentations(h.round.id);
    expect(marks.map((m) => m.meeting).sort()).toEqual(["benchmarking-1", "benchmarking-2"]);
  });

  it("refuses a link that is not a web link, and stores nothing", async () => {
    expect(text(await h.say(KEY_PERSON, "publicerad javascript:alert(1)", "2027-04-06T09:00:00Z"))).toMatch(
      /https:\/\//,
    );
    expect(await h.store.listPresentations(h.round.id)).toHaveLength(2);
  });

  it("refuses a link over 2,000 characters by its length, and a 100 KB one as too long for any command", async () => {
    const long = `https://example.org/${"a".repeat(2_100)}`;
    expect(text(await h.say(KEY_PERSON, `publicerad ${long}`, "2027-04-06T09:00:00Z"))).toMatch(
      /längre än 2000 tecken/,
    );
    const huge = `https://example.org/${"a".repeat(100 * 1024)}`;
    expect(text(await h.say(KEY_PERSON, `publicerad ${huge}`, "2027-04-06T09:00:00Z"))).toMatch(
      /längre än något kommando/,
    );
    expect(await h.store.listPresentations(h.round.id)).toHaveLength(2);
  });

  it("says there is nothing left to publish after meeting 3", async () => {
    expect(
      text(await h.say(KEY_PERSON, "publicerad https://example.org/v4.pdf", "2027-11-20T09:00:00Z")),
    ).toMatch(/inget kommande benchmarkingmöte/);
  });
});
