// Trust across organisations through real Bolt over HTTP, with the real engine and the example round: an
// account in one municipality's workspace that carries someone else's e-mail address reads nothing and
// changes nothing; the same people from their own workspace work as before. Every request is signed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeUser } from "../fakes/slack-web-api.ts";
import { ackMessage } from "./ack-message.ts";
import {
  type ExampleRoundBot,
  HELENA,
  KARLSTAD,
  NADIA,
  ORNSKOLDSVIK,
  SARA,
  SKR,
  startExampleRoundBot,
} from "./example-round-bot.ts";
import { slashCommandFrom, viewSubmissionOf } from "./example-round-payloads.ts";
import { FORM, payloadForm } from "./signed-request.ts";

const NOW = "2027-03-10T09:00:00Z";

// Karlstad's workspace admin gives two accounts other people's addresses.
const FAKE_SARA = {
  id: "U06FAKESARA",
  team: KARLSTAD.team,
  email: SARA.email,
  name: "Sara Holm",
} satisfies FakeUser;
const FAKE_HELENA = {
  id: "U06FAKEHELE",
  team: KARLSTAD.team,
  email: HELENA.email,
  name: "Helena Byström",
} satisfies FakeUser;

let bot: ExampleRoundBot;
beforeEach(async () => {
  bot = await startExampleRoundBot(NOW);
  bot.slack.addUser(FAKE_SARA);
  bot.slack.addUser(FAKE_HELENA);
});
afterEach(() => bot.close());

/** What the person saw: the ack's message, or what went to the response URL. */
async function ask(person: FakeUser, home: typeof KARLSTAD, text: string): Promise<string> {
  const id = `${person.id}-${bot.slack.calls.length}`;
  const response = await bot.send(
    slashCommandFrom(person as { id: string; name: string }, home, text, bot.slack.responseUrl(id)),
    FORM,
  );
  await bot.adapter.settled();
  const ack = ackMessage(response);
  const later = bot.slack.callsTo("response_url").filter((c) => c.responseUrlId === id);
  return JSON.stringify([ack ?? null, ...later.map((c) => c.body)]);
}

async function records() {
  return {
    bindings: await bot.store.listBindings(),
    overrides: await bot.store.listStepOverrides(bot.roundId),
    pdsa: await bot.store.listPdsa(bot.roundId),
  };
}

describe("an account of Karlstad's workspace with the project manager's or Helena's address", () => {
  it("is refused for status, setstep, bind, export and the PDSA form, and nothing changes", async () => {
    const before = await records();
    for (const [person, command] of [
      [FAKE_SARA, "status"],
      [FAKE_SARA, "status Klustret Kalmar"],
      [FAKE_SARA, "sättsteg 5 ornskoldsvik"],
      [FAKE_SARA, "koppla ornskoldsvik"],
      [FAKE_SARA, "exportera"],
      [FAKE_HELENA, "pgsa"],
    ] as const) {
      const seen = await ask(person, KARLSTAD, command);
      expect(seen, command).toContain("Inte från den här arbetsytan");
      expect(seen, command).not.toMatch(/Klustret|poäng|Örnsköldsviks kommun/);
    }
    expect(bot.slack.callsTo("views.open")).toEqual([]);
    expect(bot.slack.callsTo("files.getUploadURLExternal")).toEqual([]);
    expect(await records()).toEqual(before);
    const refused = (await bot.store.listAudit({ roundId: bot.roundId })).filter(
      (e) => e.action === "refused",
    );
    expect(refused.map((e) => [e.who.userId, e.who.workspace])).toContainEqual([
      FAKE_SARA.id,
      KARLSTAD.team.toLowerCase(),
    ]);
  });

  it("cannot submit Örnsköldsvik's PDSA update with forged form fields", async () => {
    // The form as the real Helena got it, submitted by the fake Helena from Karlstad's workspace.
    await ask(HELENA, ORNSKOLDSVIK, "pgsa");
    const opened = bot.slack.callsTo("views.open").at(-1)?.body.view as Parameters<
      typeof viewSubmissionOf
    >[2];
    expect(JSON.parse(opened.private_metadata)).toMatchObject({ organisationId: "ornskoldsvik" });
    const values = {
      area: { area: { type: "plain_text_input", value: "Hemtjänst" } },
      cycle: { cycle: { type: "plain_text_input", value: "1" } },
    };
    const body = viewSubmissionOf(
      FAKE_HELENA,
      KARLSTAD,
      opened,
      { viewId: "V0FORGED1", hash: "h.1" },
      values,
    );
    const response = await bot.send(payloadForm(body), FORM);
    expect(response.body).toContain("Inte från den här arbetsytan");
    expect(await bot.store.listPdsa(bot.roundId)).toEqual([]);
  });
});

describe("the same people from their own workspace", () => {
  it("the project manager in SKR's workspace sees every cluster", async () => {
    const seen = await ask(SARA, SKR, "status");
    expect(seen).toContain("Klustret Kalmar");
    expect(seen).toContain("Klustret Örnsköldsvik");
  });

  it("the mentor in Örnsköldsvik's workspace sees the cluster, and sets its step", async () => {
    expect(await ask(HELENA, ORNSKOLDSVIK, "status")).toContain("Karlstads kommun");
    expect(await ask(HELENA, ORNSKOLDSVIK, "sättsteg 3")).toContain("steg 3");
    expect((await bot.store.listStepOverrides(bot.roundId)).map((o) => o.step)).toEqual([3]);
  });
});

describe("a Slack Connect channel shared by two organisations' workspaces", () => {
  it("judges the person by their own workspace, as users.info names it, not the channel's", async () => {
    // Nadia's account lives in Karlstad's workspace and is a member of Örnsköldsvik's shared channel.
    bot.slack.addUser({ ...NADIA, sharedWith: [ORNSKOLDSVIK.team] });
    const seen = await ask(NADIA, ORNSKOLDSVIK, "assess");
    // Recognised as Karlstad's Nadia (English, Karlstad's language), and pointed to her own channel.
    expect(seen).toContain("This channel belongs to Örnsköldsviks kommun");
    const lookup = bot.slack.callsTo("users.info").at(-1);
    expect([lookup?.token, lookup?.answer]).toEqual([ORNSKOLDSVIK.token, "ok"]);
  });
});
