// A notice's title says what went wrong: a name that matches nothing is "not found", a project manager who
// has to name an organisation is asked "which organisation?", and "not allowed" is kept for what the
// permission table refuses. A mentor asking about another cluster is shown their own cluster, not one row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/engine/events.ts";
import { type Harness, startHarness, text } from "./harness.ts";

const MENTOR = "anna.lind@kalmar.example"; // key person of Kalmar kommun, the mentor of Klustret Kalmar
const PARTICIPANT = "eva.dahl@karlskrona.example";
const MANAGER = "sara.holm@skr.example";
const ENGLISH = "nadia.karimi@karlstad.example"; // Karlstads kommun speaks English
const AT = "2027-03-10T09:00:00Z";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

function titles(replies: Reply[]): string[] {
  return replies.map((r) => ("card" in r ? (r.card.title ?? "") : ""));
}

describe("the title of a notice", () => {
  const cases: [string, string, string, string, RegExp][] = [
    [
      "status of a cluster that does not exist",
      MANAGER,
      "status foo",
      "Hittades inte",
      /inget kluster som heter ”foo”/,
    ],
    [
      "status of a cluster that does not exist, in English",
      ENGLISH,
      "status foo",
      "Not found",
      /no cluster called “foo”/,
    ],
    [
      "an organisation that does not exist",
      MANAGER,
      "bedöm foo",
      "Hittades inte",
      /ingen organisation som heter ”foo”/,
    ],
    [
      "a project manager's published without an organisation",
      MANAGER,
      "publicerad",
      "Vilken organisation?",
      /Skriv vilken organisation/,
    ],
    ["setstep without a cluster", MANAGER, "sättsteg 3", "Kontrollera det du skrev", /sättsteg 4 kalmar/],
    [
      "setstep of a cluster that does not exist",
      MANAGER,
      "sättsteg 3 foo",
      "Hittades inte",
      /inget kluster som heter ”foo”/,
    ],
    ["setstep by a participant", PARTICIPANT, "sättsteg 3", "Inte tillåtet", /./],
  ];
  for (const [name, who, command, title, body] of cases) {
    it(`is “${title}” for ${name}`, async () => {
      const english = title === "Not found";
      const replies = await h.say(
        who,
        command,
        AT,
        english ? { user: { id: who, email: who, locale: "en" } } : {},
      );
      expect(titles(replies)[0]).toBe(title);
      expect(text(replies)).toMatch(body);
    });
  }
});

describe("a mentor asking about another cluster", () => {
  it("is told why and shown their own cluster with every organisation in it", async () => {
    const replies = await h.say(MENTOR, "status örnsköldsvik", AT);
    expect(titles(replies)).toEqual(["Inte tillåtet", "Status: Klustret Kalmar"]);
    const said = text(replies);
    expect(said).toMatch(/Som mentor följer du Klustret Kalmar/);
    const cluster = h.round.clusters.find((c) => c.id === "kalmar");
    for (const id of cluster?.organisations ?? []) {
      const name = h.round.organisations.find((o) => o.id === id)?.name ?? id;
      expect(said).toContain(name);
    }
    expect(said).not.toMatch(/Örnsköldsvik kommun|Örnsköldsviks kommun/);
  });

  it("is recorded as an attempt in the audit trail", async () => {
    const audit = await h.store.listAudit({ roundId: h.round.id });
    expect(audit.some((e) => e.what === "status örnsköldsvik" && e.who.email === MENTOR)).toBe(true);
  });
});
