// The dashboard judges every due item by the engine's one rule of lateness (src/engine/late-items.ts), the
// same as `status`: late while still expected after its deadline, done late when handed in after it,
// missed when its meeting went by without it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dashboardView } from "../../src/dashboard/dashboard-view.ts";
import { actorInRound } from "../../src/engine/actor.ts";
import { type Harness, only, scores, startHarness } from "../engine/harness.ts";

const MANAGER = "sara.holm@skr.example";
const LARS = "lars.nystrom@karlskrona.example";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.close());

async function states(at: string) {
  const actor = actorInRound(h.round, MANAGER);
  if (!actor) throw new Error("no project manager");
  const view = await dashboardView({ store: h.store, checklist: h.checklist }, actor, new Date(at));
  const karlskrona = view.clusters
    .flatMap((c) => c.organisations)
    .find((o) => o.progress.organisationId === "karlskrona");
  return (karlskrona?.due ?? []).map((d) => `${d.meeting} ${d.kind} ${d.state}`);
}

describe("the dashboard's due items", () => {
  it("say late what status says late, done late what came after the deadline, and missed what never came", async () => {
    // Kalmar's cluster: benchmarking meeting 1 on 5 April 2027, its deadline 29 March.
    expect(await states("2027-03-25T12:00:00Z")).toContain("benchmarking-1 presentation missing");
    expect(await states("2027-04-01T12:00:00Z")).toContain("benchmarking-1 presentation late");
    const status = JSON.stringify(await h.say(MANAGER, "status Klustret Kalmar", "2027-04-01T12:00:00Z"));
    expect(status).toMatch(/försenad sedan tisdag 30 mars 2027/);
    // The baseline comes in after its deadline: done, late.
    const form = only(await h.say(LARS, "bedöm", "2027-04-01T12:00:00Z"), "form").card;
    await h.submit(
      LARS,
      form,
      scores(h.checklist, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
      "2027-04-01T12:00:00Z",
      "late",
    );
    expect(await states("2027-04-02T12:00:00Z")).toContain("benchmarking-1 assessment done-late");
    // After the meeting the presentation that never came is missed, no longer awaited.
    expect(await states("2027-04-10T12:00:00Z")).toContain("benchmarking-1 presentation missed");
  });
});
