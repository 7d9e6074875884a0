// A whole programme round through the engine: set-up, baseline, PDSA, group rounds with shift,
// presentation marks, status at every step and readiness at the end (example round, cluster Kalmar).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const MENTOR = "anna.lind@kalmar.example"; // key person of Kalmar, the cluster's mentor organisation
const KARLSKRONA = "lars.nystrom@karlskrona.example"; // key person
const KARLSKRONA_POLITICIAN = "eva.dahl@karlskrona.example";
const VAXHOLM = "ingrid.falk@vaxholm.example";
const MANAGER = "sara.holm@skr.example";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function openForm(email: string, command: string, at: string): Promise<Card> {
  return only(await h.say(email, command, at), "form").card;
}

async function versions(organisationId: string): Promise<number> {
  return (await h.store.listAssessments(h.round.id, organisationId)).length;
}

describe("the cluster's step in the mentor's status, from the calendar", () => {
  const instants: [number, string][] = [
    [1, "2027-01-20T10:00:00Z"],
    [2, "2027-03-10T10:00:00Z"],
    [3, "2027-04-20T10:00:00Z"],
    [4, "2027-05-05T10:00:00Z"],
    [5, "2027-06-15T10:00:00Z"],
    [6, "2027-10-30T10:00:00Z"],
    [7, "2027-11-15T10:00:00Z"],
    [8, "2027-12-01T10:00:00Z"],
  ];
  for (const [step, at] of instants) {
    it(`is step ${step} on ${at.slice(0, 10)}`, async () => {
      const status = only(await h.say(MENTOR, "status", at), "message").card;
      expect(status.blocks.find((b) => b.type === "progress")).toMatchObject({ value: step, max: 8 });
    });
  }
});

describe("a programme round, step by step", () => {
  it("step 1: the guide names the three people and the start-up meeting", async () => {
    const shown = text(await h.say(KARLSKRONA, "steg", "2027-01-20T10:00:00Z"));
    expect(shown).toContain("Lars Nyström");
    expect(shown).toContain("Eva Dahl");
    expect(shown).toMatch(/1 av 8|steg 1/i);
  });

  it("step 2: the baseline is scored, saved once, and the confirmation shows the total", async () => {
    const form = await openForm(KARLSKRONA, "bedöm", "2027-03-10T09:00:00Z");
    expect(form.form?.hidden.organisationId).toBe("karlskrona");
    expect(form.form?.hidden.assessmentRound).toBe("baseline");
    const values = scores(h.checklist, [3, 2, 2, 1, 2, 1, 1, 2, 1, 2]);
    const first = await h.submit(KARLSKRONA, form, values, "2027-03-10T09:05:00Z", "slack-view-1");
    const confirmation = text([only(first, "form-accepted")]);
    expect(confirmation).toContain("17");
    const again = await h.submit(KARLSKRONA, form, values, "2027-03-10T09:05:03Z", "slack-view-1");
    expect(only(again, "form-accepted")).toBeTruthy();
    expect(await versions("karlskrona")).toBe(1);
  });

  it("step 2: the mentor's status shows the cluster with Karlskrona done and Vaxholm missing", async () => {
    const status = only(await h.say(MENTOR, "status", "2027-03-11T09:00:00Z"), "message").card;
    const shown = text([{ type: "message", card: status }]);
    expect(shown).toContain("Karlskrona kommun");
    expect(shown).toContain("Vaxholms stad");
    expect(shown).toContain("17");
    expect(status.blocks.some((b) => b.type === "progress" && b.value === 2)).toBe(true);
  });

  it("a member asking for the cluster summary sees only their own organisation", async () => {
    for (const command of ["status", "status kalmar"]) {
      const replies = await h.say(VAXHOLM, command, "2027-03-11T09:00:00Z");
      const card = replies.flatMap((r) => ("card" in r && r.card.kind === "status" ? [r.card] : []))[0];
      const table = card?.blocks.find((b) => b.type === "table");
      const rows = table?.type === "table" ? table.rows.map((r) => r[0]) : [];
      expect(rows).toEqual([expect.stringContaining("Vaxholms stad")]);
    }
  });

  it("the project manager sees one line per cluster", async () => {
    const shown = text(await h.say(MANAGER, "status", "2027-03-11T09:00:00Z"));
    expect(shown).toContain("Klustret Kalmar");
    expect(shown).toContain("Klustret Örnsköldsvik");
  });

  it("only the key person marks the presentation published, for the next meeting", async () => {
    const refused = text(
      await h.say(KARLSKRONA_POLITICIAN, "publicerad https://example.org/k.pptx", "2027-03-20T09:00:00Z"),
    );
    expect(refused).toMatch(/nyckelperson/);
    const ok = text(await h.say(KARLSKRONA, "publicerad https://example.org/k.pptx", "2027-03-20T09:00:00Z"));
    expect(ok).toContain("benchmarkingmöte 1");
    const marks = await h.store.listPresentations(h.round.id);
    expect(marks.map((m) => [m.organisationId, m.meeting])).toEqual([["karlskrona", "benchmarking-1"]]);
  });

  it("step 3 and 4: a PDSA update is stored and shows its phase in the mentor's status", async () => {
    const form = await openForm(KARLSKRONA, "pgsa", "2027-04-20T09:00:00Z");
    const values = {
      area: "Försörjningsstöd",
      points: "p6,p8",
      cycle: "1",
      phase: "do",
      aim: "Könsuppdelad statistik i alla beslut",
      doneWhat: "Testade en ny mall i en enhet",
    };
    only(await h.submit(KARLSKRONA, form, values, "2027-04-20T09:10:00Z", "pdsa-1"), "form-accepted");
    const stored = await h.store.listPdsa(h.round.id, "karlskrona");
    expect(stored).toHaveLength(1);
    expect(stored[0]?.points).toEqual(["p6", "p8"]);
    const status = text(await h.say(MENTOR, "status", "2027-05-05T09:00:00Z"));
    expect(status).toMatch(/göra/i);
  });

  it("step 4: the group round shows the shift since the baseline", async () => {
    const form = await openForm(KARLSKRONA, "bedöm", "2027-05-05T09:00:00Z");
    expect(form.form?.hidden.assessmentRound).toBe("before-benchmarking-2");
    const values = scores(h.checklist, [3, 2, 2, 2, 2, 2, 1, 2, 2, 2]);
    const confirmation = text(await h.submit(KARLSKRONA, form, values, "2027-05-05T09:05:00Z", "view-2"));
    expect(confirmation).toContain("20");
    expect(confirmation).toMatch(/↑ upp 3/);
    const status = text(await h.say(MENTOR, "status", "2027-05-06T09:00:00Z"));
    expect(status).toContain("20");
  });

  it("step 6: the round before meeting 3 shows its shift since the round before", async () => {
    const form = await openForm(KARLSKRONA, "bedöm", "2027-10-30T09:00:00Z");
    expect(form.form?.hidden.assessmentRound).toBe("before-benchmarking-3");
    const values = scores(h.checklist, [3, 2, 2, 2, 3, 2, 2, 2, 2, 2]);
    const confirmation = text(await h.submit(KARLSKRONA, form, values, "2027-10-30T09:05:00Z", "view-3"));
    expect(confirmation).toContain("22 av 30");
    expect(confirmation).toMatch(/↑ upp 2/);
  });

  it("step 8: ready to be a model organisation after the last round", async () => {
    const at = "2027-12-01T09:00:00Z";
    const form = await openForm(KARLSKRONA, "bedöm", at);
    expect(form.form?.hidden.assessmentRound).toBe("before-results-conference");
    const values = scores(h.checklist, [3, 3, 3, 3, 3, 3, 2, 2, 2, 2]);
    only(await h.submit(KARLSKRONA, form, values, at, "view-4"), "form-accepted");
    const status = only(await h.say(MENTOR, "status", at), "message").card;
    expect(status.blocks.some((b) => b.type === "progress" && b.value === 8)).toBe(true);
    const table = status.blocks.find((b) => b.type === "table");
    const row =
      table?.type === "table" ? table.rows.find((r) => r.some((c) => c.includes("Karlskrona"))) : undefined;
    expect(row?.join(" ")).toContain("26");
    expect(row?.at(-1)).toBe("ja");
  });

  it("after the results conference the rounds are closed", async () => {
    const shown = text(await h.say(KARLSKRONA, "bedöm", "2027-12-10T09:00:00Z"));
    expect(shown).toMatch(/stängda/);
  });
});
