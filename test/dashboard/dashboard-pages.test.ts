// The dashboard as a person meets it: `översikt` in the playground gives a personal link; the link opens the
// round, a cluster's chart and a calendar for what the permission table allows, and nothing once it is
// altered, expired or revoked.
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundReply } from "../../src/adapters/playground/playground-replies.ts";
import { type PlaygroundApp, startPlaygroundApp } from "../playground/playground-app.ts";

const MANAGER = "sara.holm@skr.example";
const MENTOR = "anna.lind@kalmar.example";
const PARTICIPANT = "eva.dahl@karlskrona.example";
const KEY_PERSON = "lars.nystrom@karlskrona.example";

interface AdaptiveForm {
  body: { type: string; id?: string }[];
  actions: { verb: string; data: Record<string, unknown> }[];
}

let app: PlaygroundApp;
beforeAll(async () => {
  app = await startPlaygroundApp();
  await post("/playground/clock", { at: "2027-03-10T09:00:00Z" });
});
afterAll(async () => app.stop());

async function post(path: string, body: unknown) {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { replies?: PlaygroundReply[] };
}

async function say(email: string, text: string): Promise<PlaygroundReply[]> {
  return (await post("/playground/command", { email, text })).replies ?? [];
}

/** The open-url action of the bot's answer, as the person would click it. */
async function linkFor(email: string, text = "översikt"): Promise<string> {
  const replies = await say(email, text);
  const found = /"type":"Action\.OpenUrl"[^}]*"url":"([^"]+)"/.exec(
    JSON.stringify(replies.map((r) => r.adaptive)),
  );
  if (!found?.[1]) throw new Error(`no link in ${JSON.stringify(replies.map((r) => r.text))}`);
  return found[1];
}

async function open(url: string): Promise<{ status: number; body: string; type: string }> {
  const response = await fetch(url);
  return {
    status: response.status,
    body: await response.text(),
    type: response.headers.get("content-type") ?? "",
  };
}

/** The events of an .ics file as node-ical reads it. */
function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((e): e is VEvent => e?.type === "VEVENT");
}

/** The same link with one character of its signature changed. */
function altered(url: string): string {
  const u = new URL(url);
  const token = u.searchParams.get("t") ?? "";
  const last = token.at(-2) === "A" ? "B" : "A";
  u.searchParams.set("t", `${token.slice(0, -2)}${last}${token.at(-1)}`);
  return u.toString();
}

describe("the dashboard", () => {
  it("gives a project manager a personal link that shows every cluster and organisation of the round", async () => {
    const replies = await say(MANAGER, "översikt");
    expect(replies[0]?.text).toMatch(/personlig/);
    const page = await open(await linkFor(MANAGER));
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    for (const name of [
      "Klustret Kalmar",
      "Klustret Örnsköldsvik",
      "Karlskrona kommun",
      "Vaxholms stad",
      "Kramfors kommun",
    ])
      expect(page.body).toContain(name);
    expect(page.body).toContain("Hela omgången");
    expect(page.body).toMatch(/Steg \d av 8/);
  });

  it("says the same in English when asked, and the link to switch keeps the person's token", async () => {
    const link = new URL(await linkFor(MENTOR));
    link.searchParams.set("lang", "en");
    const page = await open(link.toString());
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain("Your cluster. Personal page for Anna Lind.");
    expect(page.body).toMatch(/Step \d of 8/);
    expect(page.body).toContain(`lang=sv&amp;t=${link.searchParams.get("t")}`);
  });

  it("shows a participant only their own organisation, and a mentor only their cluster", async () => {
    const own = await open(await linkFor(PARTICIPANT));
    expect(own.status).toBe(200);
    expect(own.body).toContain("Karlskrona kommun");
    for (const other of ["Vaxholms stad", "Kalmar kommun", "Grums kommun", "Klustret Örnsköldsvik"])
      expect(own.body).not.toContain(other);
    const mentor = await open(await linkFor(MENTOR));
    expect(mentor.body).toContain("Vaxholms stad");
    expect(mentor.body).not.toContain("Grums kommun");
  });

  it("shows a submitted self-assessment's total, its version in the history and its last update", async () => {
    const form = (await say(KEY_PERSON, "bedöm"))[0]?.adaptive as unknown as AdaptiveForm;
    const action = form.actions[0];
    if (!action) throw new Error("the form has a submit action");
    const points = form.body.filter((e) => e.type === "Input.ChoiceSet").map((e) => e.id ?? "");
    const data = { ...action.data, ...Object.fromEntries(points.map((id) => [id, "2"])) };
    const answer = await post("/playground/submit", {
      email: KEY_PERSON,
      verb: action.verb,
      data,
      submitId: "dashboard-0001",
    });
    expect(answer.replies?.map((r) => r.type)).toEqual(["form-accepted"]);
    const ids = points;
    const page = await open(await linkFor(KEY_PERSON));
    expect(page.body).toContain(`Nulägesbedömning: ${ids.length * 2}/${ids.length * 3}`);
    expect(page.body).toMatch(/Versioner av nulägesbedömning[\s\S]*Lars Nyström/);
    expect(page.body).toMatch(/10 mars 2027 10:00/);
  });

  it("draws a cluster's chart as an SVG with a text alternative and a table of the same figures", async () => {
    const link = new URL(await linkFor(MENTOR));
    link.pathname = "/dashboard/cluster/kalmar";
    const page = await open(link.toString());
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<svg role="img" aria-label="Stapeldiagram: Karlskrona kommuns/);
    expect(page.body).toMatch(/<caption>Karlskrona kommun: poäng per punkt \(tabell\)<\/caption>/);
  });

  it("refuses a cluster outside the person's part, says so in both languages, and keeps it in the audit trail", async () => {
    const link = new URL(await linkFor(PARTICIPANT));
    link.pathname = "/dashboard/cluster/ornskoldsvik";
    const page = await open(link.toString());
    expect(page.status).toBe(403);
    expect(page.body).toContain("Det här ingår inte i det du får se");
    expect(page.body).toContain("This is not part of what you may see");
    expect(page.body).not.toContain("Grums");
    const audit = await app.store.listAudit({ roundId: "modellkommuner-2027" });
    expect(audit.at(-1)).toMatchObject({
      action: "refused",
      clusterId: "ornskoldsvik",
      what: "dashboard cluster ornskoldsvik",
    });
  });

  it("refuses a page without a link, an altered link and a link of another bot's secret", async () => {
    const none = await open(`${app.baseUrl}/dashboard`);
    expect(none.status).toBe(401);
    expect(none.body).toContain("personlig länk");
    const changed = await open(altered(await linkFor(MANAGER)));
    expect(changed.status).toBe(401);
    expect(changed.body).toContain("Länken är ändrad");
    expect(changed.body).toContain("The link has been altered");
    expect(changed.body).not.toContain("Klustret");
  });

  it("offers a calendar that an independent parser reads, with the same event ids each time", async () => {
    const page = await open(await linkFor(PARTICIPANT));
    const href = /href="(\/dashboard\/calendar\.ics\?[^"]+)"/.exec(page.body)?.[1]?.replaceAll("&amp;", "&");
    expect(href).toBeDefined();
    const first = await open(`${app.baseUrl}${href}`);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/text\/calendar/);
    const events = vevents(first.body);
    const summaries = events.map((e) => String(e.summary));
    expect(summaries).toContain("Benchmarkingmöte 1");
    expect(summaries).toContain("Sista dag: presentationen inför benchmarkingmöte 1");
    expect(summaries).toContain("Sista dag: beskrivningen av organisationen (steg 1)");
    expect(summaries.filter((s) => s.startsWith("Sista dag: självskattningen"))).toHaveLength(4);
    expect(summaries.filter((s) => s.startsWith("Sista dag: PGSA-uppdateringen"))).toHaveLength(3);
    // A Swedish calendar speaks Swedish.
    expect(summaries.filter((s) => s.includes("Deadline"))).toEqual([]);
    const again = vevents((await open(`${app.baseUrl}${href}`)).body);
    expect(again.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
    // A participant's link opens no other organisation's calendar.
    const other = await open(
      `${app.baseUrl}${href?.replace("organisation=karlskrona", "organisation=grums")}`,
    );
    expect(other.status).toBe(403);
  });

  it("refuses a revoked link, and an expired one the day after", async () => {
    const link = await linkFor(MENTOR);
    await app.store.revokeDashboardLinks({
      email: MENTOR,
      revokedAt: "2027-03-10T12:00:00.000Z",
      revokedBy: "test",
    });
    const revoked = await open(link);
    expect(revoked.status).toBe(401);
    expect(revoked.body).toContain("Länken är återkallad");
    const fresh = await linkFor(MANAGER);
    await post("/playground/clock", { at: "2027-03-11T10:00:00Z" });
    const expired = await open(fresh);
    expect(expired.status).toBe(401);
    expect(expired.body).toContain("Länken har gått ut");
    expect(expired.body).toContain("The link has expired");
  });
});
