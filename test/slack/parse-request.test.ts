// Parsing on its own: what becomes which neutral event, and that nothing Slack sends makes it throw.
import { describe, expect, it } from "vitest";
import { commandText } from "../../src/adapters/slack/message-text.ts";
import { parseSlackBody } from "../../src/adapters/slack/parse-request.ts";
import { checkSlackTimestamp } from "../../src/adapters/slack/verify-timestamp.ts";
import {
  appMention,
  blockActions,
  directMessage,
  eventCallback,
  homeOpened,
  slashCommand,
} from "./payloads.ts";

describe("parseSlackBody", () => {
  it.each([
    ["nothing", undefined],
    ["a string", "payload=oops"],
    ["an array", [1, 2]],
    ["a shortcut", { type: "shortcut", callback_id: "x", team: { id: "T1" }, user: { id: "U1" } }],
    ["a view_closed", { type: "view_closed", team: { id: "T1" }, user: { id: "U1" }, view: { id: "V1" } }],
    [
      "another slash command",
      { command: "/other", text: "", team_id: "T1", channel_id: "C1", user_id: "U1", trigger_id: "t" },
    ],
    ["a block_actions without actions", { ...blockActions("x", "https://r"), actions: [] }],
  ])("makes %s unsupported without throwing", (_name, body) => {
    const parsed = parseSlackBody(body);
    expect(parsed.surface).toBe("other");
    expect(parsed.event.type).toBe("unsupported");
  });

  it("takes a mention's words without any user mention", () => {
    const parsed = parseSlackBody(
      JSON.parse(eventCallback(appMention("<@U0BOT|modellbot>  status  <@U0BOB>"), "Ev1")),
    );
    expect(parsed).toMatchObject({
      surface: "mention",
      event: { type: "command", text: "status", eventId: "slack:event:Ev1" },
    });
  });

  it("reads the command from a button's value", () => {
    const parsed = parseSlackBody(blockActions("published https://x.se", "https://r"));
    expect(parsed.event).toMatchObject({ type: "button-pressed", command: "published https://x.se" });
  });
});

describe("a personal chat", () => {
  const event = (payload: Record<string, unknown>) =>
    parseSlackBody(JSON.parse(eventCallback(payload, "Ev9"))).event;
  const slash = (channel: string) => {
    const form = new URLSearchParams(slashCommand("status", "https://hooks.slack.test/r"));
    form.set("channel_id", channel);
    if (channel.startsWith("D")) form.set("channel_name", "directmessage");
    return parseSlackBody(Object.fromEntries(form)).event;
  };

  it("is said of a DM with the bot: a message, a slash command there, and the App Home", () => {
    expect(event(directMessage("status"))).toMatchObject({
      type: "command",
      channel: "D0ANNA",
      personal: true,
    });
    expect(slash("D0ANNA")).toMatchObject({ type: "command", personal: true });
    expect(event(homeOpened())).toMatchObject({ type: "command", text: "home", personal: true });
  });

  it("is not said of a channel", () => {
    expect(event(appMention("<@U0BOT> status"))).not.toHaveProperty("personal");
    expect(slash("C0GRUMS")).not.toHaveProperty("personal");
  });
});

describe("commandText", () => {
  it("unwraps links and decodes Slack's three entities", () => {
    expect(commandText("publicerad <https://a.se/?x=1&amp;y=2|a.se> &lt;3&gt;")).toBe(
      "publicerad https://a.se/?x=1&y=2 <3>",
    );
  });
});

describe("checkSlackTimestamp", () => {
  const now = new Date("2026-03-01T09:00:00Z");
  const at = (offsetSeconds: number) => ({
    "x-slack-signature": "v0=abc",
    "x-slack-request-timestamp": String(now.getTime() / 1000 + offsetSeconds),
  });
  it("accepts five minutes either way and refuses beyond", () => {
    expect(checkSlackTimestamp(at(300), now).ok).toBe(true);
    expect(checkSlackTimestamp(at(-300), now).ok).toBe(true);
    expect(checkSlackTimestamp(at(301), now)).toEqual({ ok: false, reason: "timestamp in the future" });
    expect(checkSlackTimestamp(at(-301), now)).toEqual({ ok: false, reason: "stale timestamp" });
  });
  it("refuses a timestamp that is not a number", () => {
    expect(
      checkSlackTimestamp({ "x-slack-signature": "v0=a", "x-slack-request-timestamp": "1e9" }, now).ok,
    ).toBe(false);
  });
});
