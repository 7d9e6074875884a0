// Bad input gets a clear answer in the user's language and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const KARLSKRONA = "lars.nystrom@karlskrona.example";
const MANAGER = "sara.holm@skr.example";
const AT = "2027-03-10T09:00:00Z"; // step 2, baseline open

let h: Harness;
let form: Card;
beforeAll(async () => {
  h = await startHarness();
  form = only(await h.say(KARLSKRONA, "bedöm", AT), "form").card;
});
afterAll(async () => h.close());

async function stored(): Promise<number> {
  return (await h.store.listAssessments(h.round.id)).length;
}

describe("a self-assessment form with bad values", () => {
  const full = () => scores(h.checklist, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  const cases: [string, (v: Record<string, unknown>) => void, string, RegExp][] = [
    ["a score above the scale", (v) => (v["score:p1"] = "4"), "score:p1", /från 1 till 3/],
    ["a score below the scale", (v) => (v["score:p2"] = "0"), "score:p2", /från 1 till 3/],
    ["a score that is not a number", (v) => (v["score:p3"] = "två"), "score:p3", /från 1 till 3/],
    ["a missing score", (v) => delete v["score:p4"], "score:p4", /Välj/],
    ["an operator object", (v) => (v["score:p5"] = { $gt: "" }), "score:p5", /vanlig text/],
    ["an array", (v) => (v["comment:p5"] = ["a", "b"]), "comment:p5", /vanlig text/],
    ["an unknown point", (v) => (v["score:p99"] = "2"), "score:p99", /p99/],
    ["a comment over 2,000 characters", (v) => (v["comment:p1"] = "x".repeat(2001)), "comment:p1", /2000/],
  ];
  for (const [name, spoil, field, message] of cases) {
    it(`refuses ${name} on its field and stores nothing`, async () => {
      const values: Record<string, unknown> = full();
      spoil(values);
      const reply = only(await h.submit(KARLSKRONA, form, values, AT, `bad-${field}`), "form-invalid");
      expect(reply.errors[field]).toMatch(message);
      expect(await stored()).toBe(0);
    });
  }

  it("shows the form again with what the user chose and the error on the field", async () => {
    const values: Record<string, unknown> = { ...full(), "score:p2": "3", "score:p1": "9" };
    const reply = only(await h.submit(KARLSKRONA, form, values, AT, "refill"), "form-invalid");
    const p1 = reply.card.blocks.find((b) => "id" in b && b.id === "score:p1");
    const p2 = reply.card.blocks.find((b) => "id" in b && b.id === "score:p2");
    expect(p1 && "error" in p1 ? p1.error : undefined).toMatch(/från 1 till 3/);
    expect(p2?.type === "choice" ? p2.value : undefined).toBe("3");
  });
});

describe("a form for someone else, or out of its time", () => {
  it("refuses a form naming another organisation", async () => {
    const hidden = { ...(form.form?.hidden ?? {}), organisationId: "vaxholm" };
    const reply = only(
      await h.submit(KARLSKRONA, form, scores(h.checklist, [2]), AT, "forged", hidden),
      "form-refused",
    );
    expect(text([reply])).toMatch(/egen organisation \(Karlskrona kommun\)/);
    expect(await stored()).toBe(0);
  });

  it("refuses a baseline form after benchmarking meeting 1", async () => {
    const reply = await h.submit(KARLSKRONA, form, scores(h.checklist, [2]), "2027-04-07T09:00:00Z", "late");
    expect(text([only(reply, "form-refused")])).toMatch(/tidigare självskattning/);
    expect(await stored()).toBe(0);
  });

  it("refuses any form after the results conference", async () => {
    const reply = await h.submit(
      KARLSKRONA,
      form,
      scores(h.checklist, [2]),
      "2027-12-20T09:00:00Z",
      "closed",
    );
    expect(text([only(reply, "form-refused")])).toMatch(/stängda/);
    expect(await stored()).toBe(0);
  });

  it("refuses a form id it does not know", async () => {
    const fake = {
      ...form,
      form: { formId: "delete-everything", submitLabel: "x", hidden: form.form?.hidden ?? {} },
    };
    expect(text([only(await h.submit(KARLSKRONA, fake, {}, AT, "unknown-form"), "form-refused")])).toMatch(
      /okänt/,
    );
  });
});

describe("people and places the bot does not know", () => {
  it("answers an unknown person in the round's language", async () => {
    expect(text(await h.say("nobody@elsewhere.example", "status", AT))).toMatch(/finns inte med/);
  });

  it("answers an unknown command with help, never silence", async () => {
    const shown = text(await h.say(KARLSKRONA, "gör något", AT));
    expect(shown).toMatch(/känner inte till ”gör”/);
    expect(shown).toMatch(/bedöm/);
  });

  it("speaks the organisation's language even when the person's client runs in English, until they choose", async () => {
    const english = { user: { id: "u", email: KARLSKRONA, locale: "en-GB" } };
    expect(text(await h.say(KARLSKRONA, "help", AT, english))).toMatch(/^Kommandon/);
    expect(text(await h.say(KARLSKRONA, "språk en", AT, english))).toMatch(/answer you in English/);
    const shown = text(await h.say(KARLSKRONA, "help", AT, english));
    expect(shown).toMatch(/^Commands/);
    expect(shown).not.toMatch(/Kommandon/);
    // The choice is the person's, on every platform: the same address from Teams, with a Swedish client.
    const teams = { user: { id: "u2", email: KARLSKRONA, locale: "sv-SE" } };
    expect(text(await h.say(KARLSKRONA, "bedöm", AT, teams))).toMatch(/Self-assessment/);
    expect(text(await h.say(KARLSKRONA, "language default", AT, teams))).toMatch(
      /organisations språk, svenska/,
    );
    expect(text(await h.say(KARLSKRONA, "help", AT, english))).toMatch(/^Kommandon/);
  });

  it("titles a format mistake as one, and a refusal as a refusal", async () => {
    const title = async (email: string, command: string) =>
      text(await h.say(email, command, AT)).split("\n")[0];
    expect(await title(MANAGER, "exportera pdf")).toBe("Kontrollera det du skrev");
    expect(await title("anna.lind@kalmar.example", "sättsteg")).toBe("Kontrollera det du skrev");
    expect(await title(KARLSKRONA, "publicerad inte-en-länk")).toBe("Kontrollera det du skrev");
    expect(await title(KARLSKRONA, "exportera")).toBe("Inte tillåtet");
  });

  it("answers a command over 2,500 characters in the person's language, and does nothing", async () => {
    const shown = text(await h.say(KARLSKRONA, `publicerad https://example.org/${"x".repeat(3000)}`, AT));
    expect(shown).toMatch(/^Kontrollera det du skrev/);
    expect(shown).toMatch(/längre än något kommando \(högst 2\s500 tecken\)/);
    expect(await h.store.listPresentations(h.round.id)).toEqual([]);
  });

  it("answers a language it does not speak with the usage, titled as a format mistake", async () => {
    const shown = text(await h.say(KARLSKRONA, "språk tyska", AT));
    expect(shown).toMatch(/^Kontrollera det du skrev/);
    expect(shown).toMatch(/språk sv för svenska/);
  });

  it("refuses a Slack workspace that is in no round, and writes nothing", async () => {
    const replies = await h.say(MANAGER, "koppla karlstad", AT, {
      platform: "slack",
      workspace: "T0FOREIGN",
      channel: "C0FOREIGN",
    });
    expect(text(replies)).toMatch(/ingår inte i någon programomgång/);
    expect(await h.store.listBindings()).toHaveLength(0);
  });

  it("lets only a project manager bind a channel to an organisation", async () => {
    // A new channel in Karlstad's workspace, shared (Slack Connect) with Karlstad's and SKR's workspaces.
    const where = { platform: "slack" as const, workspace: "T06HX9RM4PB", channel: "C0NEWCHAN1" };
    const nadia = "nadia.karimi@karlstad.example";
    const from = (email: string, workspace: string) => ({
      ...where,
      user: { id: `U-${email}`, email, workspace },
    });
    expect(text(await h.say(nadia, "koppla karlstad", AT, from(nadia, "T06HX9RM4PB")))).toMatch(
      /project manager/,
    );
    expect(await h.store.listBindings()).toHaveLength(0);
    expect(text(await h.say(MANAGER, "koppla karlstad", AT, from(MANAGER, "T08SKR4PM2A")))).toMatch(
      /Karlstads kommun/,
    );
    const bindings = await h.store.listBindings();
    expect(bindings.map((b) => [b.channel, b.organisationId])).toEqual([["C0NEWCHAN1", "karlstad"]]);
  });
});

describe("PDSA and statistics forms with bad values", () => {
  it("refuses a PDSA phase that does not exist and an unknown checklist point", async () => {
    const pdsa = only(await h.say(KARLSKRONA, "pgsa", AT), "form").card;
    const values = { area: "Hemtjänst", cycle: "1", phase: "dream", points: "p1,p42" };
    const reply = only(await h.submit(KARLSKRONA, pdsa, values, AT, "pdsa-bad"), "form-invalid");
    expect(Object.keys(reply.errors).sort()).toEqual(["phase", "points"]);
    expect(await h.store.listPdsa(h.round.id)).toHaveLength(0);
  });

  it("refuses more statistics by sex than reported", async () => {
    const stats = only(await h.say(KARLSKRONA, "statistik", AT), "form").card;
    const reply = only(
      await h.submit(KARLSKRONA, stats, { reported: "10", bySex: "12" }, AT, "s"),
      "form-invalid",
    );
    expect(reply.errors.bySex).toMatch(/fler än/);
    expect(await h.store.latestStatistics(h.round.id)).toHaveLength(0);
  });
});

describe("a delivery key used again by another organisation", () => {
  it("stores the second organisation's own answers and never shows it the first one's", async () => {
    const at = "2027-03-10T09:00:00Z";
    const vaxholm = "ingrid.falk@vaxholm.example";
    const karlskronaForm = only(await h.say(KARLSKRONA, "bedöm", at), "form").card;
    const vaxholmForm = only(await h.say(vaxholm, "bedöm", at), "form").card;
    only(
      await h.submit(KARLSKRONA, karlskronaForm, scores(h.checklist, [3]), at, "same-key"),
      "form-accepted",
    );
    const reply = only(
      await h.submit(vaxholm, vaxholmForm, scores(h.checklist, [1]), at, "same-key"),
      "form-accepted",
    );
    expect(text([reply])).toContain("Vaxholms stad");
    expect(text([reply])).toMatch(/10 av 30/);
    expect((await h.store.listAssessments(h.round.id, "vaxholm")).map((v) => v.answers.p1?.score)).toEqual([
      1,
    ]);
  });
});

describe("PDSA dates and numbers", () => {
  const at = "2027-04-20T09:00:00Z";
  async function pdsaErrors(values: Record<string, string>): Promise<Record<string, string>> {
    const form = only(await h.say(KARLSKRONA, "pgsa", at), "form").card;
    const base = { area: "Hemtjänst", cycle: "1", phase: "plan" };
    return only(
      await h.submit(KARLSKRONA, form, { ...base, ...values }, at, `p-${JSON.stringify(values)}`),
      "form-invalid",
    ).errors;
  }

  it("refuses a date that does not exist, and says how to write one", async () => {
    expect((await pdsaErrors({ startedOn: "2027-02-30" })).startedOn).toMatch(/ÅÅÅÅ-MM-DD/);
    expect((await pdsaErrors({ startedOn: "20/4/2027" })).startedOn).toMatch(/ÅÅÅÅ-MM-DD/);
  });

  it("refuses an end before the start", async () => {
    expect((await pdsaErrors({ startedOn: "2027-04-20", endedOn: "2027-04-01" })).endedOn).toMatch(
      /sluta innan/,
    );
  });

  it("names the range of a cycle number it refuses", async () => {
    expect((await pdsaErrors({ cycle: "0" })).cycle).toMatch(/från 1 till 99/);
  });

  it("stores nothing for any of them", async () => {
    const before = (await h.store.listPdsa(h.round.id)).length;
    await pdsaErrors({ cycle: "100" });
    expect(await h.store.listPdsa(h.round.id)).toHaveLength(before);
  });
});

describe("another organisation's channel", () => {
  const at = "2027-03-10T09:00:00Z";
  // Slack channels shared (Slack Connect) between the cluster's and SKR's workspaces: each person comes from
  // their own workspace.
  const KARLSTAD = { workspace: "T06HX9RM4PB", channel: "C07B3ZP5W1M", name: "Karlstads kommun" };
  const ORNSKOLDSVIK = { workspace: "T05QF3L7K2A", channel: "C06J8N2KQ4T", name: "Örnsköldsviks kommun" };
  const inChannel = (home: typeof KARLSTAD, email: string, workspace: string) => ({
    platform: "slack" as const,
    workspace: home.workspace,
    channel: home.channel,
    user: { id: `U-${email}`, email, workspace, locale: "sv-SE" },
  });
  const HELENA = "helena.bystrom@ornskoldsvik.example";
  const OLOF = "olof.westin@ornskoldsvik.example";
  const NADIA = "nadia.karimi@karlstad.example";

  it("gets no one else's figures, forms or cluster summary, only a pointer to the right place", async () => {
    for (const [home, who, workspace, command] of [
      [KARLSTAD, HELENA, "T05QF3L7K2A", "status"],
      [ORNSKOLDSVIK, NADIA, "T06HX9RM4PB", "bedöm"],
      [ORNSKOLDSVIK, NADIA, "T06HX9RM4PB", "resultat"],
      [KARLSTAD, OLOF, "T05QF3L7K2A", "bedöm"],
      [KARLSTAD, MANAGER, "T08SKR4PM2A", "status"],
    ] as const) {
      const replies = await h.say(who, command, at, inChannel(home, who, workspace));
      expect(
        replies.map((r) => r.type),
        `${who} ${command}`,
      ).toEqual(["private"]);
      // In the person's own organisation's language: Karlstad's is English.
      const pointer = who === NADIA ? "This channel belongs to" : "Den här kanalen tillhör";
      expect(text(replies)).toMatch(`${pointer} ${home.name}`);
    }
  });

  it("shows the channel's own organisation's results to its cluster's mentor there", async () => {
    const replies = await h.say(OLOF, "resultat", at, inChannel(KARLSTAD, OLOF, "T05QF3L7K2A"));
    expect(text(replies)).toMatch(/Karlstads kommun/);
    expect(text(replies)).not.toMatch(/Den här kanalen tillhör/);
  });

  it("still answers help there", async () => {
    expect(text(await h.say(OLOF, "hjälp", at, inChannel(KARLSTAD, OLOF, "T05QF3L7K2A")))).toMatch(
      /Kommandon/,
    );
  });
});
