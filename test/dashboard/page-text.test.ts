// The dashboard's words as a reader meets them in step 1, in both languages: the tab names the page once,
// a step name that is a question ends with its question mark only, and the start-up description's deadline
// is there with the other deadlines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardView } from "../../src/dashboard/dashboard-view.ts";
import { pageLinks } from "../../src/dashboard/page-links.ts";
import { renderClusterPage } from "../../src/dashboard/render-cluster-page.ts";
import { renderRoundPage } from "../../src/dashboard/render-round-page.ts";
import type { Locale } from "../../src/domain/round.ts";
import { actorInRound } from "../../src/engine/actor.ts";
import { type Harness, startHarness } from "../engine/harness.ts";

const MANAGER = "sara.holm@skr.example";
const STEP_1 = new Date("2027-01-20T10:00:00Z");

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function pages(locale: Locale): Promise<{ round: string; cluster: string }> {
  const actor = actorInRound(h.round, MANAGER);
  if (!actor) throw new Error("no project manager");
  const view = await dashboardView({ store: h.store, checklist: h.checklist }, actor, STEP_1);
  const links = pageLinks("token", locale);
  const panel = view.clusters[0];
  if (!panel) throw new Error("no cluster");
  return {
    round: renderRoundPage(view, locale, links, new Date("2027-01-21T10:00:00Z")),
    cluster: renderClusterPage(view, panel, h.checklist, locale, links),
  };
}

const title = (page: string) => /<title>(.*)<\/title>/.exec(page)?.[1];

describe("the dashboard's text", () => {
  it("names each tab once, ends the step's question once and gives the description's deadline, in Swedish", async () => {
    const { round, cluster } = await pages("sv");
    expect(title(round)).toBe("Modellkommuner 2027: Översikt");
    expect(title(cluster)).toBe("Klustret Kalmar: Modellkommuner 2027 – Översikt");
    expect(round).toContain("Steg 1 av 8: Startmöte: vad vill vi uppnå?\n");
    expect(round).not.toMatch(/[?!.]\./);
    expect(round).toContain("Att lämna in senast onsdag 27 januari 2027: beskrivningen av organisationen.");
    expect(round).toMatch(/Start: Beskrivning<br><span class="date">27 jan/);
  });

  it("does the same in English", async () => {
    const { round, cluster } = await pages("en");
    expect(title(round)).toBe("Modellkommuner 2027: Dashboard");
    expect(title(cluster)).toBe("Klustret Kalmar: Modellkommuner 2027 – Dashboard");
    expect(round).toContain("Step 1 of 8: Start-up meeting: what do we want to achieve?\n");
    expect(round).not.toMatch(/[?!.]\./);
    expect(round).toContain("Due by Wednesday 27 January 2027: description of the organisation.");
  });
});
