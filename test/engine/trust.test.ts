// Trust across organisations, through the engine: a person is who their own workspace or tenant says. An
// e-mail address claimed from a workspace the round does not assign to that person reads and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { renderText } from "../../cards/render-text.ts";
import type { ProjectManagerAlerts } from "../../src/engine/audit.ts";
import type { InboundEvent } from "../../src/engine/events.ts";
import { type Harness, only, scores, startHarness, text } from "./harness.ts";

const AT = "2027-03-10T09:00:00Z"; // step 2, the baseline is open
const SARA = "sara.holm@skr.example";
const LARS = "lars.nystrom@karlskrona.example";
const HELENA = "helena.bystrom@ornskoldsvik.example";
const NADIA = "nadia.karimi@karlstad.example";

const SKR_SLACK = "T08SKR4PM2A";
const SKR_TEAMS = "0c5d7f3a-2b1e-4d6f-9a8c-3e5b7d9f1a2c";
const KARLSKRONA_TENANT = "5930cf28-dc60-472b-80f0-54b59154566e";
const KARLSKRONA_CHANNEL = "19:09fc5abb686144d68437fba88e774d57@thread.tacv2";
const KARLSTAD = { workspace: "T06HX9RM4PB", channel: "C07B3ZP5W1M" };
const ORNSKOLDSVIK = { workspace: "T05QF3L7K2A", channel: "C06J8N2KQ4T" };

/** An event from a Slack account: `workspace` is the user's own, `where` the channel's. */
function slack(userId: string, email: string, workspace: string, where = KARLSTAD): Partial<InboundEvent> {
  return { platform: "slack", ...where, user: { id: userId, email, workspace, locale: "sv-SE" } };
}

/** An event from a Teams account in `tenant` (the tenant of the activity), in a personal chat there. */
function teams(
  userId: string,
  email: string,
  tenant: string,
  channel = "a:personal-chat",
): Partial<InboundEvent> {
  return { platform: "teams", workspace: tenant, channel, user: { id: userId, email, workspace: tenant } };
}

let h: Harness;
let told: { roundId: string; key: string; card: Card }[];
const alerts: ProjectManagerAlerts = {
  async tell(round, key, card) {
    told.push({ roundId: round.id, key, card });
  },
};
beforeEach(async () => {
  told = [];
  h = await startHarness({ alerts });
});
afterEach(async () => h.close());

/** Everything the attempts could have changed. */
async function records() {
  const id = h.round.id;
  return {
    bindings: await h.store.listBindings(),
    overrides: await h.store.listStepOverrides(id),
    pdsa: await h.store.listPdsa(id),
    assessments: await h.store.listAssessments(id),
    presentations: await h.store.listPresentations(id),
  };
}

describe("an account in one municipality's workspace that claims someone else's address", () => {
  // Karlstad's Slack admin gives an account the project manager's address, and another Helena's.
  const fakeSara = slack("U0FAKESARA", SARA, KARLSTAD.workspace);
  const fakeHelena = slack("U0FAKEHELENA", HELENA, KARLSTAD.workspace);

  it("reads nothing and changes nothing: status, setstep, bind, export, and another municipality's PDSA", async () => {
    const before = await records();
    const attempts: [string, Partial<InboundEvent>][] = [
      ["status", fakeSara],
      ["status Klustret Kalmar", fakeSara],
      ["sättsteg 5 ornskoldsvik", fakeSara],
      ["koppla ornskoldsvik", fakeSara],
      ["exportera csv", fakeSara],
      ["pgsa", fakeHelena],
    ];
    for (const [command, from] of attempts) {
      const replies = await h.say(SARA, command, AT, from);
      expect(
        replies.map((r) => r.type),
        command,
      ).toEqual(["private"]);
      const said = text(replies);
      expect(said, command).toMatch(/Inte från den här arbetsytan/);
      // Nothing of any organisation shows: no cluster, no figures, no form.
      expect(said, command).not.toMatch(/Klustret|poäng|Kalmar kommun|Örnsköldsviks kommun/);
    }
    // A forged form submission in Helena's name, with Örnsköldsvik's hidden fields.
    const form = only(await h.say(HELENA, "pgsa", AT), "form").card;
    const values = { area: "Hemtjänst", cycle: "1", phase: "plan" };
    const submitted = await h.submit(HELENA, form, values, AT, "forged-pdsa", undefined, fakeHelena);
    expect(submitted.map((r) => r.type)).toEqual(["form-refused"]);
    expect(await records()).toEqual(before);
  });

  it("is in the audit trail each time, and the project managers are told once an hour per account", async () => {
    for (const command of ["status", "koppla ornskoldsvik", "exportera"])
      await h.say(SARA, command, AT, fakeSara);
    await h.say(HELENA, "pgsa", AT, fakeHelena);
    const refused = (await h.store.listAudit({ roundId: h.round.id })).filter((e) => e.action === "refused");
    expect(refused).toHaveLength(4);
    expect(refused[0]?.who).toEqual({
      platform: "slack",
      workspace: KARLSTAD.workspace.toLowerCase(),
      userId: "U0FAKESARA",
      email: SARA,
    });
    // One notice per account within the hour: the fake Sara and the fake Helena.
    expect(told).toHaveLength(2);
    const first = told[0]?.card;
    expect(first && renderText(first)).toMatch(/U0FAKESARA/);
    await h.say(SARA, "status", "2027-03-10T10:01:00Z", fakeSara);
    expect(told).toHaveLength(3);
  });

  it("is refused in English where the person's client speaks English", async () => {
    const english = {
      ...fakeSara,
      user: { id: "U0FAKESARA", email: SARA, workspace: KARLSTAD.workspace, locale: "en-GB" },
    };
    expect(text(await h.say(SARA, "status", AT, english))).toMatch(/Not from this workspace/);
  });
});

describe("the same people from their own workspace or tenant", () => {
  it("works as before: the project manager from SKR's workspace sees every cluster", async () => {
    const replies = await h.say(SARA, "status", AT, slack("U0SARA", SARA, SKR_SLACK, KARLSTAD));
    // Karlstad's channel is not the project managers' place for the round overview: a pointer instead.
    expect(text(replies)).toMatch(/Den här kanalen tillhör Karlstads kommun/);
    const dm = await h.say(
      SARA,
      "status",
      AT,
      slack("U0SARA", SARA, SKR_SLACK, { workspace: SKR_SLACK, channel: "D0SARA" }),
    );
    expect(text(dm)).toMatch(/Klustret Kalmar/);
    expect(text(dm)).toMatch(/Klustret Örnsköldsvik/);
  });

  it("lets a listed extra account act: Sara from SKR's Teams tenant", async () => {
    const replies = await h.say(SARA, "status", AT, teams("aad-sara", SARA, SKR_TEAMS));
    expect(text(replies)).toMatch(/Klustret Kalmar/);
  });

  it("refuses the project manager from a tenant nobody listed for her", async () => {
    const replies = await h.say(SARA, "status", AT, teams("aad-sara", SARA, KARLSKRONA_TENANT));
    expect(text(replies)).toMatch(/Inte från den här arbetsytan/);
  });

  it("judges a person in a Slack Connect channel by their own workspace, not the channel's", async () => {
    // Nadia (Karlstad, T06…) in Örnsköldsvik's shared channel (T05…): recognised as Karlstad's, pointed home.
    const nadia = slack("U07NADIA01", NADIA, KARLSTAD.workspace, ORNSKOLDSVIK);
    expect(text(await h.say(NADIA, "bedöm", AT, nadia))).toMatch(
      /This channel belongs to Örnsköldsviks kommun/,
    );
    expect(text(await h.say(NADIA, "hjälp", AT, nadia))).toMatch(/Kommandon|Commands/);
    // An account of Örnsköldsvik's workspace claiming Nadia's address is not Nadia.
    const fake = slack("U0FAKENADIA", NADIA, ORNSKOLDSVIK.workspace, ORNSKOLDSVIK);
    expect(text(await h.say(NADIA, "bedöm", AT, fake))).toMatch(/Inte från den här arbetsytan/);
  });

  it("trusts the workspace of a channel a project manager bound for the organisation", async () => {
    // The cluster works in Örnsköldsvik's workspace: a project manager binds a channel there for Karlstad.
    const shared = { workspace: ORNSKOLDSVIK.workspace, channel: "C09KARLSTAD" };
    const nadiaThere = slack("U05NADIA", NADIA, ORNSKOLDSVIK.workspace, shared);
    expect(text(await h.say(NADIA, "bedöm", AT, nadiaThere))).toMatch(/Inte från den här arbetsytan/);
    const sara = slack("U0SARA", SARA, SKR_SLACK, shared);
    expect(text(await h.say(SARA, "koppla karlstad", AT, sara))).toMatch(/Karlstads kommun/);
    const form = only(await h.say(NADIA, "bedöm", AT, nadiaThere), "form").card;
    expect(form.form?.hidden.organisationId).toBe("karlstad");
  });
});

describe("an account whose e-mail address changes on the platform", () => {
  const lars = (email: string) => teams("aad-lars", email, KARLSKRONA_TENANT, KARLSKRONA_CHANNEL);

  it("is not moved silently: refused, audited, and the project managers told once", async () => {
    expect(only(await h.say(LARS, "bedöm", AT, lars(LARS)), "form")).toBeDefined();
    // Karlskrona's tenant admin renames Lars's account to another Karlskrona person's address.
    const eva = "eva.dahl@karlskrona.example";
    for (let i = 0; i < 3; i++) {
      const replies = await h.say(eva, "bedöm", AT, lars(eva));
      expect(text(replies)).toMatch(/Ditt konto har ändrats/);
    }
    expect(told.filter((t) => t.key.startsWith("alert:identity:"))).toHaveLength(3);
    expect(new Set(told.map((t) => t.key)).size).toBe(1);
    const changes = (await h.store.listAudit({ roundId: h.round.id })).filter(
      (e) => e.action === "identity-changed",
    );
    expect(changes[0]?.what).toBe(`${LARS} → ${eva}`);
    // A project manager decides the change is right: the account is recognised afresh.
    await h.store.forgetAccount("teams", KARLSKRONA_TENANT, "aad-lars");
    expect(only(await h.say(eva, "bedöm", AT, lars(eva)), "form")).toBeDefined();
  });

  it("keeps acting as the person first known when the platform reports no address for a while", async () => {
    await h.say(LARS, "bedöm", AT, lars(LARS));
    const noEmail = { ...lars(LARS), user: { id: "aad-lars", workspace: KARLSKRONA_TENANT } };
    expect(only(await h.say(LARS, "bedöm", AT, noEmail), "form").card.title).toMatch(/Självskattning/);
  });
});

describe("project managers acting for an organisation", () => {
  const saraTeams = (channel: string) => teams("aad-sara", SARA, SKR_TEAMS, channel);

  it("asks which organisation outside an organisation's channel, and gives its form when named", async () => {
    expect(text(await h.say(SARA, "bedöm", AT, saraTeams("a:personal")))).toMatch(
      /Skriv vilken organisation/,
    );
    const form = only(await h.say(SARA, "bedöm karlskrona", AT, saraTeams("a:personal")), "form").card;
    expect(form.form?.hidden.organisationId).toBe("karlskrona");
  });

  it("submits for the organisation, recorded as made by the project manager for it, and audited", async () => {
    const form = only(await h.say(SARA, "bedöm karlskrona", AT, saraTeams("a:personal")), "form").card;
    const values = scores(h.checklist, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const replies = await h.submit(
      SARA,
      form,
      values,
      AT,
      "sara-for-karlskrona",
      undefined,
      saraTeams("a:personal"),
    );
    expect(replies.map((r) => r.type)).toEqual(["form-accepted"]);
    const stored = await h.store.listAssessments(h.round.id, "karlskrona");
    expect(stored.map((a) => [a.organisationId, a.submittedBy])).toEqual([["karlskrona", SARA]]);
    const audit = await h.store.listAudit({ roundId: h.round.id });
    expect(audit.map((e) => [e.action, e.organisationId])).toContainEqual([
      "act-for-organisation",
      "karlskrona",
    ]);
  });

  it("marks a presentation published for an organisation", async () => {
    const replies = await h.say(
      SARA,
      "publicerad https://example.org/k.pdf karlskrona",
      AT,
      saraTeams("a:personal"),
    );
    expect(text(replies)).toMatch(/Karlskrona kommuns presentation/);
    expect((await h.store.listPresentations(h.round.id)).map((p) => [p.organisationId, p.markedBy])).toEqual([
      ["karlskrona", SARA],
    ]);
  });

  it("audits setstep, bind and export with who, where from and when", async () => {
    const from = slack("U0SARA", SARA, SKR_SLACK, { workspace: SKR_SLACK, channel: "D0SARA" });
    await h.say(SARA, "sättsteg 3 kalmar", AT, from);
    await h.say(SARA, "exportera json", AT, from);
    const audit = await h.store.listAudit({ roundId: h.round.id });
    expect(audit.map((e) => [e.action, e.what, e.clusterId, e.at, e.who.workspace])).toEqual([
      ["setstep", "setstep 3", "kalmar", new Date(AT).toISOString(), SKR_SLACK.toLowerCase()],
      ["export", "export json", undefined, new Date(AT).toISOString(), SKR_SLACK.toLowerCase()],
    ]);
  });
});

describe("a participant reaching for another organisation", () => {
  it("gets no figures of another organisation, and the attempt is audited and told", async () => {
    const replies = await h.say(LARS, "resultat vaxholm", AT);
    expect(text(replies)).toMatch(/bara göra för din egen organisation/);
    expect(text(replies)).not.toMatch(/Vaxholm/);
    const audit = await h.store.listAudit({ roundId: h.round.id });
    expect(audit.map((e) => [e.action, e.organisationId])).toEqual([["refused", "vaxholm"]]);
    expect(told).toHaveLength(1);
  });

  it("does not learn the round's organisations from a mistyped name", async () => {
    const said = text(await h.say(LARS, "resultat nowhere", AT));
    expect(said).toMatch(/Det finns ingen organisation som heter ”nowhere”/);
    expect(said).not.toMatch(/Vaxholm|Kalmar|Grums/);
  });
});
