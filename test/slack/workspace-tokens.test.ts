// One bot token per workspace: every Web API call for a workspace carries that workspace's own token,
// and a workspace the bot has no token for is told so, never answered with another workspace's token.
import { afterEach, describe, expect, it } from "vitest";
import type { SlackTokens } from "../../src/adapters/slack/workspace-apis.ts";
import type { ChatHome } from "../../src/domain/round.ts";
import { ackMessage } from "./ack-message.ts";
import { assessmentForm, statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import {
  appMention,
  BOUND_TEAM,
  eventCallback,
  KEY_PERSON,
  ORG_CHANNEL,
  slashCommand,
  viewSubmission,
} from "./payloads.ts";
import { FORM, JSON_TYPE, payloadForm } from "./signed-request.ts";

const OTHER_TEAM = "T0KARLSTAD";
const OTHER_CHANNEL = "C0KARLSTAD";
const OTHER_PERSON = "U0NADIA";
const NO_TOKEN_TEAM = "T0NOTOKEN";
const GRUMS_TOKEN = "xoxb-grums-workspace";
const KARLSTAD_TOKEN = "xoxb-karlstad-workspace";

/** Each workspace with its own token, no default: the bot has no token for NO_TOKEN_TEAM. */
const OWN_TOKENS: SlackTokens = {
  workspaceTokens: { [BOUND_TEAM]: GRUMS_TOKEN, [OTHER_TEAM]: KARLSTAD_TOKEN },
};
/** Grums's token as SLACK_BOT_TOKEN: used for Grums (not listed), never for Karlstad (listed). */
const DEFAULT_AND_OWN: SlackTokens = {
  botToken: GRUMS_TOKEN,
  workspaceTokens: { [OTHER_TEAM]: KARLSTAD_TOKEN },
};

let h: Harness;
async function setup(tokens: SlackTokens): Promise<void> {
  h = await startHarness({ tokens });
  h.slack.addToken(GRUMS_TOKEN, BOUND_TEAM);
  h.slack.addToken(KARLSTAD_TOKEN, OTHER_TEAM);
  h.slack.addChannel(ORG_CHANNEL, BOUND_TEAM);
  h.slack.addChannel(OTHER_CHANNEL, OTHER_TEAM);
  h.slack.addUser({ id: KEY_PERSON, team: BOUND_TEAM, email: "anna.lind@grums.se" });
  h.slack.addUser({ id: OTHER_PERSON, team: OTHER_TEAM, email: "nadia.karimi@karlstad.example" });
  for (const [workspace, channel, organisationId] of [
    [OTHER_TEAM, OTHER_CHANNEL, "karlstad"],
    [NO_TOKEN_TEAM, "C0NOTOKEN", "kramfors"],
  ] as const) {
    await h.store.saveBinding({
      platform: "slack",
      workspace,
      channel,
      roundId: "round-2026",
      organisationId,
      boundAt: "2026-01-10T09:00:00.000Z",
    });
  }
}
afterEach(() => h.close());

function karlstadCommand(text: string, team = OTHER_TEAM): string {
  const body = new URLSearchParams(slashCommand(text, h.slack.responseUrl("k1"), team));
  body.set("channel_id", team === OTHER_TEAM ? OTHER_CHANNEL : "C0NOTOKEN");
  body.set("user_id", OTHER_PERSON);
  return body.toString();
}

describe.each([
  ["each workspace listed", OWN_TOKENS],
  ["one workspace on the default token", DEFAULT_AND_OWN],
] as const)("per-workspace bot tokens (%s)", (_name, tokens) => {
  it("looks up the person and opens the form with the token of the workspace the command came from", async () => {
    await setup(tokens);
    h.reply(() => [{ type: "form", card: assessmentForm() }]);
    await h.send(karlstadCommand("bedöm"), FORM);
    await h.adapter.settled();
    expect(h.engineEvents[0]?.user.email).toBe("nadia.karimi@karlstad.example");
    expect(h.slack.callsTo("users.info").map((c) => [c.token, c.answer])).toEqual([[KARLSTAD_TOKEN, "ok"]]);
    expect(h.slack.callsTo("views.open").map((c) => c.token)).toEqual([KARLSTAD_TOKEN]);
  });

  it("answers a mention in each workspace with that workspace's token", async () => {
    await setup(tokens);
    h.reply(() => [{ type: "message", card: statusCard() }]);
    await h.send(eventCallback(appMention("<@U0BOT> status"), "EvT1"), JSON_TYPE);
    const karlstad = { ...appMention("<@U0BOT> status"), user: OTHER_PERSON, channel: OTHER_CHANNEL };
    await h.send(eventCallback(karlstad, "EvT2", OTHER_TEAM), JSON_TYPE);
    await h.adapter.settled();
    const posts = h.slack.callsTo("chat.postMessage").map((c) => [c.body.channel, c.token, c.answer]);
    expect(posts).toEqual(
      expect.arrayContaining([
        [ORG_CHANNEL, GRUMS_TOKEN, "ok"],
        [OTHER_CHANNEL, KARLSTAD_TOKEN, "ok"],
      ]),
    );
    expect(posts).toHaveLength(2);
  });

  it("posts a reminder with the token of the home's workspace", async () => {
    await setup(tokens);
    const home: ChatHome = { platform: "slack", workspace: OTHER_TEAM, channel: OTHER_CHANNEL };
    const outcome = await h.adapter.sender.send(
      home,
      statusCard(),
      "round-2026/karlstad/benchmarking-1/week-before",
    );
    expect(outcome.ok).toBe(true);
    expect(h.slack.callsTo("chat.postMessage").map((c) => c.token)).toEqual([KARLSTAD_TOKEN]);
  });
});

describe("a bound workspace the bot has no token for", () => {
  it("is told so in both languages in the command's ack, and no Web API call is made", async () => {
    await setup(OWN_TOKENS);
    const response = await h.send(karlstadCommand("status", NO_TOKEN_TEAM), FORM);
    await h.adapter.settled();
    expect(h.engineEvents).toEqual([]);
    expect(h.remembered).toEqual([]);
    expect(h.slack.calls).toEqual([]);
    const text = String(ackMessage(response)?.text);
    expect(text).toContain("inte färdiginstallerad");
    expect(text).toContain("not fully installed");
  });

  it("sees the message in place of a submitted form, and a mention there calls no Web API", async () => {
    await setup(OWN_TOKENS);
    const form = viewSubmission("self-assessment", "{}", {});
    const elsewhere = {
      ...form,
      team: { id: NO_TOKEN_TEAM, domain: "x" },
      user: { ...form.user, team_id: NO_TOKEN_TEAM },
    };
    const response = await h.send(payloadForm(elsewhere), FORM);
    expect(response.json()).toMatchObject({ response_action: "update", view: { type: "modal" } });
    expect(response.body).toContain("not fully installed");
    const mention = { ...appMention("<@U0BOT> status"), channel: "C0NOTOKEN" };
    await h.send(eventCallback(mention, "EvT3", NO_TOKEN_TEAM), JSON_TYPE);
    await h.adapter.settled();
    expect(h.engineEvents).toEqual([]);
    expect(h.slack.calls).toEqual([]);
  });

  it("gets no reminder posted with another workspace's token", async () => {
    await setup(OWN_TOKENS);
    const home: ChatHome = { platform: "slack", workspace: NO_TOKEN_TEAM, channel: "C0NOTOKEN" };
    const outcome = await h.adapter.sender.send(
      home,
      statusCard(),
      "round-2026/kramfors/benchmarking-1/week-before",
    );
    expect(outcome).toMatchObject({
      ok: false,
      permanent: true,
      error: expect.stringContaining("no_bot_token"),
    });
    expect(h.slack.calls).toEqual([]);
  });
});
