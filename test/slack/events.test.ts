// Mentions in a channel, DMs with the bot and the App Home tab, delivered through the Events API.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assessmentForm, statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { appMention, directMessage, eventCallback, homeOpened, KEY_PERSON, ORG_CHANNEL } from "./payloads.ts";
import { JSON_TYPE } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("app_mention", () => {
  it("strips the mention and answers in the channel", async () => {
    h.reply(() => [{ type: "message", card: statusCard() }]);
    const response = await h.send(eventCallback(appMention("<@U0MODELLBOT> status"), "Ev01"), JSON_TYPE);
    await h.adapter.settled();
    expect(response.status).toBe(200);
    expect(h.engineEvents).toMatchObject([{ type: "command", text: "status", channel: ORG_CHANNEL }]);
    const [post] = h.slack.callsTo("chat.postMessage");
    expect(post?.body).toMatchObject({ channel: ORG_CHANNEL, text: statusCard().summary });
  });

  it("handles a delivery and its retries (x-slack-retry-num 1–3) once", async () => {
    h.reply(() => [{ type: "message", card: statusCard() }]);
    const body = eventCallback(appMention("<@U0MODELLBOT> status"), "Ev02");
    await h.send(body, JSON_TYPE);
    for (const retry of ["1", "2", "3"]) {
      const response = await h.send(body, JSON_TYPE, {
        headers: { "x-slack-retry-num": retry, "x-slack-retry-reason": "http_timeout" },
      });
      expect(response.status).toBe(200);
    }
    await h.adapter.settled();
    expect(h.engineEvents).toHaveLength(1);
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("handles a first delivery that arrives with a retry header (the original was lost)", async () => {
    await h.send(eventCallback(appMention("<@U0MODELLBOT> hjälp"), "Ev03"), JSON_TYPE, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_error" },
    });
    await h.adapter.settled();
    expect(h.engineEvents).toMatchObject([{ text: "hjälp" }]);
  });

  it("offers a form as a private button, since a mention carries no trigger to open a modal", async () => {
    h.reply(() => [{ type: "form", card: assessmentForm() }]);
    await h.send(eventCallback(appMention("<@U0MODELLBOT> bedöm"), "Ev04"), JSON_TYPE);
    await h.adapter.settled();
    expect(h.slack.callsTo("views.open")).toEqual([]);
    const [offer] = h.slack.callsTo("chat.postEphemeral");
    expect(offer?.body).toMatchObject({ channel: ORG_CHANNEL, user: KEY_PERSON });
    expect(JSON.stringify(offer?.body.blocks)).toContain('"action_id":"command:bedöm"');
  });
});

describe("direct messages", () => {
  it("answers a DM in the DM, with links unwrapped and entities decoded", async () => {
    h.reply(() => [{ type: "private", card: statusCard() }]);
    const text = "publicerad <https://delning.skr.se/grums?a=1&amp;b=2|delning.skr.se>";
    await h.send(eventCallback(directMessage(text), "Ev10"), JSON_TYPE);
    await h.adapter.settled();
    expect(h.engineEvents).toMatchObject([
      { type: "command", text: "publicerad https://delning.skr.se/grums?a=1&b=2", channel: "D0ANNA" },
    ]);
    expect(h.slack.callsTo("chat.postMessage")[0]?.body).toMatchObject({ channel: "D0ANNA" });
  });

  it("ignores the bot's own messages and edited messages", async () => {
    await h.send(
      eventCallback(directMessage("Påminnelse", { bot_id: "B0BOT", subtype: "bot_message" }), "Ev11"),
      JSON_TYPE,
    );
    await h.send(eventCallback(directMessage("status", { subtype: "message_changed" }), "Ev12"), JSON_TYPE);
    await h.adapter.settled();
    expect(h.engineEvents).toEqual([]);
    expect(h.remembered).toEqual([]);
    expect(h.slack.calls).toEqual([]);
  });
});

describe("App Home", () => {
  it("asks the engine for `home` and publishes its card as the user's Home tab", async () => {
    h.reply((event) =>
      event.type === "command" && event.text === "home" ? [{ type: "private", card: statusCard() }] : [],
    );
    await h.send(eventCallback(homeOpened(), "Ev20"), JSON_TYPE);
    await h.adapter.settled();
    expect(h.engineEvents).toMatchObject([
      { type: "command", text: "home", user: { email: "anna.lind@grums.se" } },
    ]);
    const [published] = h.slack.callsTo("views.publish");
    expect(published?.body.user_id).toBe(KEY_PERSON);
    const view = published?.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    expect(JSON.stringify(view.blocks)).toContain("Kluster Värmland");
  });
});

describe("anything else", () => {
  it("acknowledges an event it does not handle without calling the engine", async () => {
    const response = await h.send(
      eventCallback({ type: "reaction_added", user: KEY_PERSON }, "Ev30"),
      JSON_TYPE,
    );
    await h.adapter.settled();
    expect(response.status).toBe(200);
    expect(h.engineEvents).toEqual([]);
  });

  it("answers Slack's url_verification challenge", async () => {
    const body = JSON.stringify({
      token: "t",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const response = await h.send(body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(response.body).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  });
});
