// Two people of one organisation fill in the same form: a submission based on older answers than the latest
// is not saved over them. The person gets their form back, with what changed since (who, when, which points
// from what to what); submitting again saves theirs, closing it keeps the newer answers.
import { beforeEach, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const LARS = "lars.nystrom@karlskrona.example";
const EVA = "eva.dahl@karlskrona.example";
const AT = "2027-03-10T09:00:00Z";
const LATER = "2027-03-10T09:30:00Z";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  return () => h.close();
});

const total = async () => {
  const [latest] = await h.store.latestAssessments(h.round.id, "karlskrona");
  return Object.values(latest?.answers ?? {}).reduce((sum, a) => sum + a.score, 0);
};

describe("a self-assessment opened by two people", () => {
  it("does not let the older form overwrite the newer answers, and says who changed what", async () => {
    // A first version both of them start from: 14 points.
    const first = only(await h.say(LARS, "bedöm", AT), "form").card;
    only(
      await h.submit(LARS, first, scores(h.checklist, [2, 1, 1, 1, 2, 1, 2, 1, 2, 1]), AT, "v1"),
      "form-accepted",
    );
    const larsForm = only(await h.say(LARS, "bedöm", AT), "form").card;
    const evaForm = only(await h.say(EVA, "bedöm", AT), "form").card;
    only(
      await h.submit(EVA, evaForm, scores(h.checklist, [3, 1, 1, 1, 2, 1, 2, 1, 2, 1]), LATER, "eva"),
      "form-accepted",
    );
    expect(await total()).toBe(15);

    const larsValues = scores(h.checklist, [2, 1, 1, 1, 2, 1, 2, 1, 2, 2]);
    const stale = await h.submit(LARS, larsForm, larsValues, LATER, "lars-old");
    const back = only(stale, "form").card;
    const note = text(stale);
    expect(note).toMatch(/Eva Dahl sparade formuläret onsdag 10 mars 2027 10:30/);
    expect(note).toMatch(/punkt 1 \(.*\) 2 → 3/);
    expect(note).toMatch(/Inget av ditt har sparats/);
    // Nothing was saved, and Eva's answers stand.
    expect(await total()).toBe(15);
    expect(await h.store.listAssessments(h.round.id, "karlskrona")).toHaveLength(2);
    // Lars's own answers are still in the form he got back.
    const p10 = back.blocks.find((b) => "id" in b && b.id === `score:${h.checklist.points[9]?.id}`);
    expect(p10 && "value" in p10 ? p10.value : undefined).toBe("2");

    // Submitting again is his decision to save over Eva's.
    const again = await h.submit(LARS, back as Card, larsValues, LATER, "lars-again");
    expect(again.map((r) => r.type)).toEqual(["form-accepted"]);
    expect(await total()).toBe(15 - 3 + 2 + 1);
  });

  it("saves a form opened on the latest answers, and takes a redelivery of the same submission as saved", async () => {
    const form = only(await h.say(LARS, "bedöm", AT), "form").card;
    const values = scores(h.checklist, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    only(await h.submit(LARS, form, values, AT, "once"), "form-accepted");
    const evaForm = only(await h.say(EVA, "bedöm", AT), "form").card;
    only(
      await h.submit(EVA, evaForm, scores(h.checklist, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), LATER, "eva"),
      "form-accepted",
    );
    // The platform delivers Lars's first submission again: it was saved, nothing new is.
    expect((await h.submit(LARS, form, values, LATER, "once")).map((r) => r.type)).toEqual(["form-accepted"]);
    expect(await h.store.listAssessments(h.round.id, "karlskrona")).toHaveLength(2);
    expect(await total()).toBe(30);
  });
});

describe("PDSA and statistics forms opened by two people", () => {
  it("keeps the newer PDSA update of the same cycle", async () => {
    const start = only(await h.say(LARS, "pgsa", AT), "form").card;
    only(
      await h.submit(LARS, start, { area: "Hemtjänst", cycle: "1", phase: "plan", points: "p1" }, AT, "p1"),
      "form-accepted",
    );
    const larsForm = only(await h.say(LARS, "pgsa", AT), "form").card;
    const evaForm = only(await h.say(EVA, "pgsa", AT), "form").card;
    only(
      await h.submit(EVA, evaForm, { area: "Hemtjänst", cycle: "1", phase: "do", points: "p1" }, LATER, "e"),
      "form-accepted",
    );
    const stale = await h.submit(
      LARS,
      larsForm,
      { area: "Hemtjänst", cycle: "1", phase: "study", points: "p1" },
      LATER,
      "l",
    );
    expect(stale.map((r) => r.type)).toEqual(["form"]);
    expect(text(stale)).toMatch(/Eva Dahl sparade formuläret/);
    expect(text(stale)).toMatch(/Fas just nu planera → göra/);
    const versions = await h.store.listPdsa(h.round.id, "karlskrona");
    expect(versions.map((v) => v.phase)).toEqual(["plan", "do"]);
  });

  it("keeps the newer statistics report", async () => {
    const larsForm = only(await h.say(LARS, "statistik", AT), "form").card;
    const evaForm = only(await h.say(EVA, "statistik", AT), "form").card;
    only(await h.submit(EVA, evaForm, { reported: "12", bySex: "8" }, LATER, "e"), "form-accepted");
    const stale = await h.submit(LARS, larsForm, { reported: "10", bySex: "3" }, LATER, "l");
    expect(stale.map((r) => r.type)).toEqual(["form"]);
    expect(text(stale)).toMatch(/Eva Dahl sparade formuläret/);
    const [latest] = await h.store.latestStatistics(h.round.id);
    expect([latest?.reported, latest?.bySex]).toEqual([12, 8]);
  });
});
