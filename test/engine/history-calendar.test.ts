// `historik`, `kalender` and `översikt` in the chat: what a person sees, and what the permission table keeps
// from them.
import ical, { type VEvent } from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DashboardLinks } from "../../src/engine/dashboard-port.ts";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const KEY_PERSON = "lars.nystrom@karlskrona.example";
const PARTICIPANT = "eva.dahl@karlskrona.example";
const MENTOR = "anna.lind@kalmar.example";
const MANAGER = "sara.holm@skr.example";
const AT = "2027-03-10T09:00:00Z";
/** The tenant the round file lists for Sara's Teams account. */
const SKR_TENANT = "0c5d7f3a-2b1e-4d6f-9a8c-3e5b7d9f1a2c";

const issued: { email: string; scope: string }[] = [];
const links: DashboardLinks = {
  linkFor(who, now, scope) {
    issued.push({ email: who.email, scope: scope.kind });
    const of = scope.kind === "calendar" ? `/calendar/${scope.organisationId}` : "";
    return {
      url: `https://bot.example/dashboard${of}?for=${who.email}`,
      expiresAt: new Date(now.getTime() + 86_400_000),
    };
  },
};

let h: Harness;
beforeEach(async () => {
  issued.length = 0;
  h = await startHarness({ dashboard: links });
});
afterEach(async () => h.close());

async function assess(email: string, values: number[], at: string, key: string, comment?: string) {
  const form = only(await h.say(email, "bedöm", at), "form").card;
  const answers = { ...scores(h.checklist, values), ...(comment ? { "comment:p3": comment } : {}) };
  return h.submit(email, form, answers, at, key);
}

describe("history", () => {
  it("lists every version of the open round: who, when, which points changed from what to what, late or not", async () => {
    await assess(KEY_PERSON, [2], "2027-03-10T09:00:00Z", "v1");
    await assess(PARTICIPANT, [2, 2, 3, 2, 2, 2, 2, 2, 2, 1], "2027-03-12T14:30:00Z", "v2", "Beslut i maj");
    const said = text(await h.say(PARTICIPANT, "historik", "2027-03-13T09:00:00Z"));
    expect(said).toContain("Historik: Karlskrona kommun");
    expect(said).toMatch(
      /- 1 · Vem: Lars Nyström · När: 10 mars 2027 10:00 · Inlämning: i tid · Ändrat: 1: – → 2, 2: – → 2/,
    );
    expect(said).toMatch(
      /- 2 · Vem: Eva Dahl · När: 12 mars 2027 15:30 · Inlämning: i tid · Ändrat: 3: 2 → 3 \(kommentar\), 10: 2 → 1\n/,
    );
    expect(said).toContain("Inga PGSA-uppdateringar ännu.");
  });

  it("marks a version sent after the round's deadline as late", async () => {
    // The baseline is due on the presentation deadline of benchmarking meeting 1 (29 March 2027).
    await assess(KEY_PERSON, [2], "2027-03-30T08:00:00Z", "late-1");
    const said = text(
      await h.say(KEY_PERSON, "history", "2027-03-30T09:00:00Z", {
        user: { id: KEY_PERSON, email: KEY_PERSON, locale: "en-GB" },
      }),
    );
    expect(said).toMatch(/När: 30 mars 2027 10:00 · Inlämning: försenad ·/);
  });

  it("shows a participant no other organisation's history, and records the attempt", async () => {
    const said = text(await h.say(PARTICIPANT, "historik vaxholm", AT));
    expect(said).not.toContain("Historik: Vaxholm");
    expect(said).toContain("Inte tillåtet");
    const audit = await h.store.listAudit({ roundId: h.round.id });
    expect(audit.at(-1)).toMatchObject({
      action: "refused",
      what: "history vaxholm",
      organisationId: "vaxholm",
    });
    // A mentor sees the organisations of the cluster they mentor.
    expect(text(await h.say(MENTOR, "historik vaxholm", AT))).toContain("Historik: Vaxholms stad");
  });
});

describe("calendar", () => {
  it("gives the organisation's .ics file with a link that opens that file only", async () => {
    const reply = only(await h.say(PARTICIPANT, "kalender", AT), "file");
    expect(reply.file.name).toBe("modellkommuner-2027-karlskrona.ics");
    expect(reply.file.mimeType).toBe("text/calendar");
    const events = Object.values(ical.sync.parseICS(reply.file.content)).filter(
      (e): e is VEvent => e?.type === "VEVENT",
    );
    const meeting = events.find(
      (e) => e.uid === "modellkommuner-2027.karlskrona.benchmarking-1.meeting@modellbot",
    );
    expect(meeting?.summary).toBe("Benchmarkingmöte 1");
    expect(JSON.stringify(reply.card)).toContain("https://bot.example/dashboard/calendar/karlskrona");
    expect(issued).toEqual([{ email: PARTICIPANT, scope: "calendar" }]);
  });
});

describe("dashboard", () => {
  it("answers with a personal link, privately", async () => {
    const reply = only(await h.say(MANAGER, "översikt", AT), "private");
    expect(JSON.stringify(reply.card)).toContain(`https://bot.example/dashboard?for=${MANAGER}`);
    expect(text([reply])).toMatch(/gäller till 11 mars 2027 10:00/);
  });

  it("gives no link in a Teams channel, where every member would see it, and points to a personal chat", async () => {
    const inChannel = await h.say(MANAGER, "dashboard", AT, {
      platform: "teams",
      workspace: SKR_TENANT,
      channel: "19:abc@thread.tacv2",
      user: { id: "aad-sara", email: MANAGER, workspace: SKR_TENANT, locale: "en-GB" },
    });
    expect(text(inChannel)).toContain("Fråga mig i en personlig chatt");
    expect(issued).toEqual([]);
  });
});

describe("status", () => {
  it("shows each organisation's presentation link and when it last sent anything", async () => {
    await h.say(KEY_PERSON, "publicerad https://example.org/karlskrona-bm1.pdf", "2027-03-20T09:00:00Z");
    await assess(KEY_PERSON, [2], "2027-03-22T13:15:00Z", "s1");
    const said = text(await h.say(MENTOR, "status", "2027-03-23T09:00:00Z"));
    expect(said).toMatch(
      /Karlskrona kommun · Presentationer: Benchmarkingmöte 1: https:\/\/example\.org\/karlskrona-bm1\.pdf · Senaste inlämning: 22 mars 2027 14:15/,
    );
    expect(said).toMatch(/Vaxholms stad · Presentationer: – · Senaste inlämning: –/);
  });
});
