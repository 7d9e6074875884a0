// A self-assessment sent after its deadline is kept, and the person is told it counts as late: on the form
// opened after the deadline, and on the confirmation. Before the deadline neither says so. The form also
// says how long a comment may be.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const KARLSKRONA = "lars.nystrom@karlskrona.example"; // Klustret Kalmar: the baseline is due 29 March 2027
const ENGLISH = "nadia.karimi@karlstad.example"; // Klustret Örnsköldsvik

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe("a self-assessment and its deadline", () => {
  it("in time: the form and the confirmation say nothing of lateness", async () => {
    const form = only(await h.say(KARLSKRONA, "bedöm", "2027-03-29T15:00:00Z"), "form").card;
    expect(text([{ type: "form", card: form }])).not.toMatch(/försenad/);
    expect(text([{ type: "form", card: form }])).toMatch(/högst 2\s000 tecken var/);
    const sent = await h.submit(
      KARLSKRONA,
      form,
      scores(h.checklist, [2]),
      "2027-03-29T15:30:00Z",
      "in-time",
    );
    expect(text(sent)).not.toMatch(/försenad/);
  });

  it("after the deadline: the form warns, and the confirmation says it counts as late", async () => {
    const form = only(await h.say(KARLSKRONA, "bedöm", "2027-03-30T07:00:00Z"), "form").card;
    expect(text([{ type: "form", card: form }])).toMatch(
      /Sista dagen var måndag 29 mars 2027\. Du kan skicka ändå, men självskattningen räknas då som försenad\./,
    );
    const sent = await h.submit(KARLSKRONA, form, scores(h.checklist, [3]), "2027-03-30T07:05:00Z", "late");
    expect(sent.map((r) => r.type)).toEqual(["form-accepted"]);
    expect(text(sent)).toMatch(
      /Sparad efter sista dagen \(måndag 29 mars 2027\), så den räknas som försenad\./,
    );
  });

  it("says the same in English", async () => {
    const cluster = h.round.clusters.find((c) => c.organisations.includes("karlstad"));
    const meeting = cluster?.meetings.find((m) => m.id === "benchmarking-1");
    if (!meeting) throw new Error("Karlstad's benchmarking meeting 1");
    const after = new Date(Date.parse(`${meeting.date}T10:00:00Z`) - 2 * 86_400_000).toISOString();
    const form = only(await h.say(ENGLISH, "assess", after), "form").card;
    expect(text([{ type: "form", card: form }])).toMatch(/You can still send it, but it counts as late\./);
    expect(text([{ type: "form", card: form }])).toMatch(/at most 2,000 characters each/);
    const sent = await h.submit(ENGLISH, form, scores(h.checklist, [2]), after, "late-en");
    expect(text(sent)).toMatch(/Saved after the deadline \(.*\), so it counts as late\./);
  });
});
