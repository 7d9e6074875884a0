// Trust across organisations through real botbuilder over HTTP, with the real engine and the example round:
// an account in Kalmar's tenant that carries the project manager's or a Karlskrona person's address reads
// nothing and changes nothing; the same people from their own tenants work as before.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardAction, channelMention, personalMessage, type TeamsUser } from "./fixtures.ts";
import {
  findAction,
  KALMAR,
  KARLSKRONA,
  LARS,
  type RealEngineHarness,
  startRealEngine,
} from "./real-engine-harness.ts";

const AT = "2027-03-10T09:00:00Z";
const SKR_TENANT = "0c5d7f3a-2b1e-4d6f-9a8c-3e5b7d9f1a2c";
const SARA_EMAIL = "sara.holm@skr.example";

const SARA: TeamsUser = {
  id: "29:1SaraSkr",
  aadObjectId: "5d3b1f7e-9c2a-4e6d-8b0f-1a3c5e7d9b20",
  name: "Sara Holm",
};
// Accounts Kalmar's tenant admin made with other people's addresses.
const FAKE_SARA: TeamsUser = {
  id: "29:1FakeSara",
  aadObjectId: "7e1c3a5b-2d4f-4a6c-9e8b-0f2d4b6a8c31",
  name: "Sara Holm",
};
const FAKE_LARS: TeamsUser = {
  id: "29:1FakeLars",
  aadObjectId: "9a2b4c6d-8e0f-4b1d-a3c5-e7f9b1d3f542",
  name: "Lars Nyström",
};

let h: RealEngineHarness;
let sequence = 0;
beforeEach(async () => {
  h = await startRealEngine(AT);
  h.connector.addMember({ ...SARA, email: SARA_EMAIL, tenantId: SKR_TENANT });
  h.connector.addMember({ ...FAKE_SARA, email: SARA_EMAIL, tenantId: KALMAR.tenant });
  h.connector.addMember({ ...FAKE_LARS, email: "lars.nystrom@karlskrona.example", tenantId: KALMAR.tenant });
});
afterEach(async () => h.stop());

/** What the bot posted back for one message, as text. */
async function say(
  from: TeamsUser,
  text: string,
  where: { tenant: string; channel?: string },
): Promise<string> {
  const before = h.connector.activities.length;
  const id = `trust-${++sequence}`;
  const activity = where.channel
    ? channelMention({
        serviceUrl: h.connector.serviceUrl,
        id,
        text,
        from,
        tenant: where.tenant,
        channel: where.channel,
      })
    : personalMessage({ serviceUrl: h.connector.serviceUrl, id, text, from, tenant: where.tenant });
  const response = await h.post(activity);
  expect(response.status).toBe(200);
  return JSON.stringify(h.connector.activities.slice(before).map((a) => a.activity));
}

async function records() {
  return {
    bindings: await h.embedded.listBindings(),
    overrides: await h.embedded.listStepOverrides(h.round.id),
    pdsa: await h.embedded.listPdsa(h.round.id),
  };
}

describe("an account of Kalmar's tenant with the project manager's or Lars's address", () => {
  it("is refused for status, setstep, bind, export and Karlskrona's PDSA form; nothing changes", async () => {
    const before = await records();
    for (const [who, text] of [
      [FAKE_SARA, "status"],
      [FAKE_SARA, "sättsteg 5 ornskoldsvik"],
      [FAKE_SARA, "koppla karlskrona"],
      [FAKE_SARA, "exportera"],
      [FAKE_LARS, "pgsa"],
    ] as const) {
      const seen = await say(who, text, KALMAR);
      expect(seen, text).toContain("Inte från den här arbetsytan");
      expect(seen, text).not.toMatch(/Klustret|poäng|Karlskrona kommun/);
    }
    expect(await records()).toEqual(before);
  });

  it("cannot submit Karlskrona's PDSA update with the real form's hidden fields", async () => {
    await say(LARS, "pgsa", KARLSKRONA);
    const attachments = h.connector.activities.at(-1)?.activity.attachments as { content: unknown }[];
    const form = findAction(attachments[0]?.content, "form:pdsa-update");
    if (!form) throw new Error("no PDSA form was posted");
    const invoke = cardAction({
      serviceUrl: h.connector.serviceUrl,
      id: "trust-forged",
      verb: "form:pdsa-update",
      data: { ...form.data, area: "Hemtjänst", cycle: "1", phase: "plan" },
      replyToId: "activity-1",
      from: FAKE_LARS,
      ...KALMAR,
    });
    const response = await h.post(invoke);
    expect(JSON.stringify(response.body)).toContain("Inte från den här arbetsytan");
    expect(await h.embedded.listPdsa(h.round.id)).toEqual([]);
    const refused = (await h.embedded.listAudit({ roundId: h.round.id })).filter(
      (e) => e.action === "refused",
    );
    expect(refused.map((e) => [e.who.userId, e.who.workspace])).toContainEqual([
      FAKE_LARS.aadObjectId,
      KALMAR.tenant,
    ]);
  });
});

describe("the same people from their own tenant", () => {
  it("Lars in Karlskrona's tenant gets Karlskrona's form", async () => {
    expect(await say(LARS, "pgsa", KARLSKRONA)).toContain("form:pdsa-update");
  });

  it("Sara from SKR's tenant, an account the round file lists for her, sees every cluster", async () => {
    const seen = await say(SARA, "status", { tenant: SKR_TENANT });
    expect(seen).toContain("Klustret Kalmar");
    expect(seen).toContain("Klustret Örnsköldsvik");
  });
});
