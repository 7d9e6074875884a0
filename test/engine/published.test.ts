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

describe("the link form a reminder's button opens", () => {
  const KALMAR = "anna.lind@kalmar.example"; // Klustret Kalmar: meeting 1 on 5 April, meeting 2 on 13 May
  const facts = (replies: Awaited<ReturnType<Harness["say"]>>) => text(replies);

  it("names the meeting the link is for, its day and its host", async () => {
    const form = await h.say(KALMAR, "publicerad", "2027-03-25T09:00:00Z");
    expect(facts(form)).toMatch(/inför benchmarkingmöte 1, så markeras/);
    expect(facts(form)).toMatch(/Benchmarkingmöte 1, måndag 5 april 2027 \(värd: Karlskrona kommun\)/);
  });

  it("marks the meeting it named when sent in time", async () => {
    const [reply] = await h.say(KALMAR, "publicerad", "2027-03-25T09:00:00Z");
    const card = reply && "card" in reply ? reply.card : undefined;
    if (!card?.form) throw new Error("a link form");
    const sent = await h.submit(
      KALMAR,
      card,
      { link: "https://example.org/k1.pdf" },
      "2027-03-26T09:00:00Z",
      "k1",
    );
    expect(sent.map((r) => r.type)).toEqual(["form-accepted"]);
    const marks = await h.store.listPresentations(h.round.id);
    expect(marks.filter((m) => m.organisationId === "kalmar").map((m) => m.meeting)).toEqual([
      "benchmarking-1",
    ]);
  });

  it("sent once its meeting has passed, saves nothing and says which meeting is next", async () => {
    const [reply] = await h.say(KALMAR, "publicerad", "2027-04-01T09:00:00Z");
    const card = reply && "card" in reply ? reply.card : undefined;
    if (!card?.form) throw new Error("a link form");
    const before = (await h.store.listPresentations(h.round.id)).length;
    const sent = await h.submit(
      KALMAR,
      card,
      { link: "https://example.org/late.pdf" },
      "2027-04-07T09:00:00Z",
      "late",
    );
    expect(sent.map((r) => r.type)).toEqual(["form-refused"]);
    expect(text(sent)).toMatch(/Mötet har redan varit/);
    expect(text(sent)).toMatch(/gällde benchmarkingmöte 1.*inför benchmarkingmöte 2/s);
    expect(await h.store.listPresentations(h.round.id)).toHaveLength(before);
  });

  it("refuses a presentation form that names no meeting of the cluster", async () => {
    const [reply] = await h.say(KALMAR, "publicerad", "2027-04-20T09:00:00Z");
    const card = reply && "card" in reply ? reply.card : undefined;
    if (!card?.form) throw new Error("a link form");
    const before = (await h.store.listPresentations(h.round.id)).length;
    const hidden = { ...card.form.hidden, meeting: "benchmarking-9" };
    const sent = await h.submit(
      KALMAR,
      card,
      { link: "https://example.org/x.pdf" },
      "2027-04-20T09:00:00Z",
      "x",
      hidden,
    );
    expect(sent.map((r) => r.type)).toEqual(["form-refused"]);
    expect(await h.store.listPresentations(h.round.id)).toHaveLength(before);
  });
});

describe("a presentation link form opened before forms named their meeting", () => {
  it("is still taken, for the next meeting, as such forms always were", async () => {
    const KARLSKRONA = "lars.nystrom@karlskrona.example";
    const [reply] = await h.say(KARLSKRONA, "publicerad", "2027-04-20T09:00:00Z");
    const card = reply && "card" in reply ? reply.card : undefined;
    if (!card?.form) throw new Error("a link form");
    const { meeting: _named, ...older } = card.form.hidden;
    const sent = await h.submit(
      KARLSKRONA,
      card,
      { link: "https://example.org/older.pdf" },
      "2027-04-20T09:00:00Z",
      "older",
      older,
    );
    expect(sent.map((r) => r.type)).toEqual(["form-accepted"]);
    const marks = await h.store.listPresentations(h.round.id);
    expect(marks.find((m) => m.link === "https://example.org/older.pdf")?.meeting).toBe("benchmarking-2");
  });
});

describe("a link marked after its deadline", () => {
  const GRUMS = "erik.hedlund@grums.example";
  const KRAMFORS = "stina.olsson@kramfors.example"; // the same cluster; publishes nothing before this test

  it("is kept, and the confirmation says it counts as late; one in time says nothing of it", async () => {
    const cluster = h.round.clusters.find((c) => c.organisations.includes("grums") || c.mentor === "grums");
    const meeting = cluster?.meetings.find((m) => m.id === "benchmarking-1");
    if (!meeting) throw new Error("Grums's benchmarking meeting 1");
    const day = (offset: number) => new Date(Date.parse(`${meeting.date}T10:00:00Z`) + offset * 86_400_000);
    const inTime = text(
      await h.say(GRUMS, "publicerad https://example.org/g-early.pdf", day(-8).toISOString()),
    );
    expect(inTime).toMatch(/markerad som publicerad/);
    expect(inTime).not.toMatch(/försenad/);
    const late = text(
      await h.say(KRAMFORS, "publicerad https://example.org/k-late.pdf", day(-2).toISOString()),
    );
    // A paragraph of its own after the link, which a full stop would spoil.
    expect(late).toMatch(/k-late\.pdf\n+Det är efter sista dagen \(.+\), så den räknas som försenad\./);
    const marks = await h.store.listPresentations(h.round.id);
    expect(marks.find((m) => m.link === "https://example.org/k-late.pdf")?.meeting).toBe("benchmarking-1");
  });

  it("a description after the start-up deadline says the same", async () => {
    const late = text(
      await h.say(GRUMS, "beskrivning https://example.org/g-desc.pdf", "2027-03-01T10:00:00Z"),
    );
    expect(late).toMatch(/markerad som publicerad/);
    expect(late).toMatch(/så den räknas som försenad/);
  });
});

describe("a link corrected after its deadline", () => {
  const KARLSTAD = "nadia.karimi@karlstad.example"; // Klustret Örnsköldsvik, in English

  it("keeps the first mark's time: published in time, it stays in time, and both links are kept", async () => {
    const cluster = h.round.clusters.find((c) => c.organisations.includes("karlstad"));
    const meeting = cluster?.meetings.find((m) => m.id === "benchmarking-1");
    if (!meeting) throw new Error("Karlstad's benchmarking meeting 1");
    const day = (offset: number) => new Date(Date.parse(`${meeting.date}T10:00:00Z`) + offset * 86_400_000);
    const first = text(
      await h.say(KARLSTAD, "published https://example.org/ks-v1.pdf", day(-9).toISOString()),
    );
    expect(first).not.toMatch(/counts as late/);
    const corrected = text(
      await h.say(KARLSTAD, "published https://example.org/ks-v2.pdf", day(-2).toISOString()),
    );
    expect(corrected).toMatch(/ks-v2\.pdf/);
    expect(corrected).not.toMatch(/counts as late/);
    const mark = (await h.store.listPresentations(h.round.id)).find(
      (m) => m.organisationId === "karlstad" && m.meeting === "benchmarking-1",
    );
    expect(mark?.link).toBe("https://example.org/ks-v2.pdf");
    expect(mark?.firstMarkedAt).toBe(day(-9).toISOString());
    const status = text(await h.say("sara.holm@skr.example", "status örnsköldsvik", day(-1).toISOString()));
    // The presentation column of Karlstad's row: "ja", not "ja (sent)".
    const row = status.split("\n").find((l) => l.startsWith("- Karlstads kommun"));
    expect(row).toMatch(/Presentation publicerad: ja/);
    expect(row).not.toMatch(/\(sent\)/);
  });
});
