// Every list of deadlines comes from the round's one deadline list (src/domain/round-deadlines.ts): what the
// reminders remind of, the organisation's .ics file, the dashboard's due table and `status` name the same
// items on the same days, the start-up description and the PDSA updates included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../cards/format.ts";
import { renderText } from "../../cards/render-text.ts";
import { dashboardView } from "../../src/dashboard/dashboard-view.ts";
import { DUE_ITEM_KINDS } from "../../src/domain/due-before.ts";
import { plan } from "../../src/domain/reminder-plan.ts";
import { findOrganisation } from "../../src/domain/round.ts";
import { actorInRound } from "../../src/engine/actor.ts";
import { calendarIcs } from "../../src/export/calendar-ics.ts";
import { type Harness, only, startHarness } from "../engine/harness.ts";

const MANAGER = "sara.holm@skr.example";
const MENTOR = "anna.lind@kalmar.example";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

/** `kind day` for each deadline the reminders of an organisation remind of (on the deadline's day). */
function reminded(organisation: string): string[] {
  return plan(h.round)
    .filter((r) => r.organisation === organisation && r.kind === "deadline-today")
    .flatMap((r) => r.items.map((kind) => `${kind} ${r.deadline}`))
    .sort();
}

/** `kind day` for each deadline event of the organisation's calendar file, read from the iCalendar text. */
function inCalendar(organisation: string): string[] {
  const cluster = h.round.clusters.find((c) => c.id === "kalmar");
  if (!cluster) throw new Error("no cluster kalmar");
  const ics = calendarIcs({
    round: h.round,
    cluster,
    organisation: findOrganisation(h.round, organisation),
    locale: "sv",
    now: new Date("2027-01-10T10:00:00Z"),
  });
  // Long lines are folded (RFC 5545 3.1): a UID may continue on the next line.
  return ics
    .replace(/\r?\n[ \t]/g, "")
    .split("BEGIN:VEVENT")
    .slice(1)
    .flatMap((event) => {
      const kind = /^UID:.*\.([a-z]+)@modellbot/m.exec(event)?.[1];
      const day = /^DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/m.exec(event);
      if (!kind || !day || kind === "meeting") return [];
      return [`${kind} ${day[1]}-${day[2]}-${day[3]}`];
    })
    .sort();
}

async function onDashboard(organisation: string): Promise<string[]> {
  const actor = actorInRound(h.round, MANAGER);
  if (!actor) throw new Error("no project manager");
  const view = await dashboardView(
    { store: h.store, checklist: h.checklist },
    actor,
    new Date("2027-01-10T10:00:00Z"),
  );
  const panel = view.clusters
    .flatMap((c) => c.organisations)
    .find((o) => o.progress.organisationId === organisation);
  return (panel?.due ?? []).map((d) => `${d.kind} ${d.date}`).sort();
}

describe("the round's deadlines", () => {
  it("are the same in the reminders, the .ics file and the dashboard, every kind included", async () => {
    for (const organisation of ["kalmar", "karlskrona", "vaxholm"]) {
      const planned = reminded(organisation);
      expect(new Set(planned.map((d) => d.split(" ")[0]))).toEqual(new Set(DUE_ITEM_KINDS));
      expect(planned).toContain("description 2027-01-27");
      expect(inCalendar(organisation)).toEqual(planned);
      expect(await onDashboard(organisation)).toEqual(planned);
    }
  });

  it("are what `status` shows next, the start-up description in step 1 too", async () => {
    const step1 = renderText(only(await h.say(MENTOR, "status", "2027-01-20T10:00:00Z"), "message").card);
    expect(step1).toContain("Att lämna in senast: onsdag 27 januari 2027 (beskrivningen av organisationen)");
    // A week before each deadline, status names that deadline's day.
    for (const r of plan(h.round).filter(
      (p) => p.organisation === "kalmar" && p.kind === "deadline-in-7-days",
    )) {
      const card = only(await h.say(MENTOR, "status", r.at), "message").card;
      expect(renderText(card)).toContain(formatDate(r.deadline, "sv"));
    }
  });
});
