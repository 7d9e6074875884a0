// SLACK_BOT_TOKENS: one bot token per workspace, checked at start-up with a message that names the
// variable and never repeats a token.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { refusal } from "../config-refusal.ts";

const SECRET = { SLACK_SIGNING_SECRET: "s" };

describe("SLACK_BOT_TOKENS", () => {
  it("gives each listed workspace its own token, and SLACK_BOT_TOKEN to the rest", () => {
    const config = loadConfig({
      ...SECRET,
      SLACK_BOT_TOKEN: "xoxb-default",
      SLACK_BOT_TOKENS: " T05QF3L7K2A=xoxb-ornskoldsvik , T06HX9RM4PB=xoxb-karlstad ",
    });
    expect(config.slack).toMatchObject({
      botToken: "xoxb-default",
      workspaceTokens: { T05QF3L7K2A: "xoxb-ornskoldsvik", T06HX9RM4PB: "xoxb-karlstad" },
    });
  });

  it("turns Slack on with the signing secret and per-workspace tokens alone", () => {
    const config = loadConfig({ ...SECRET, SLACK_BOT_TOKENS: "T06HX9RM4PB=xoxb-karlstad" });
    expect(config.slack).toMatchObject({
      botToken: undefined,
      workspaceTokens: { T06HX9RM4PB: "xoxb-karlstad" },
    });
  });

  it("refuses tokens without the signing secret, and the secret without any token", () => {
    expect(refusal({ SLACK_BOT_TOKENS: "T06HX9RM4PB=xoxb-karlstad" })).toMatch(/SLACK_SIGNING_SECRET/);
    expect(refusal({ ...SECRET, SLACK_BOT_TOKENS: " , " })).toMatch(/SLACK_BOT_TOKENS/);
  });

  it.each([
    ["a token without a workspace id", "xoxb-secret-one"],
    ["the pair the wrong way round", "xoxb-secret-one=T06HX9RM4PB"],
    ["a workspace without a token", "T06HX9RM4PB="],
    ["a token with a space", "T06HX9RM4PB=xoxb-secret one"],
    ["a workspace listed twice", "T06HX9RM4PB=xoxb-secret-one,T06HX9RM4PB=xoxb-secret-two"],
  ])("refuses %s, naming the variable and the format, without repeating the token", (_what, value) => {
    const message = refusal({ ...SECRET, SLACK_BOT_TOKENS: value });
    expect(message).toMatch(/^SLACK_BOT_TOKENS is not valid: .*WORKSPACE_ID=token/);
    expect(message).not.toMatch(/secret/);
  });
});
