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

describe("Slack installs with Add to Slack (SLACK_CLIENT_ID)", () => {
  const KEY = Buffer.alloc(32, 7).toString("base64");
  const OLD = Buffer.alloc(32, 9).toString("hex");
  const OAUTH = {
    ...SECRET,
    SLACK_CLIENT_ID: "1111.2222",
    SLACK_CLIENT_SECRET: "client-secret-value",
    SLACK_STATE_SECRET: "s".repeat(32),
    TOKEN_ENCRYPTION_KEY: KEY,
  };

  it("turns Slack on without any bot token, with the keys decoded and static tokens kept as overrides", () => {
    const config = loadConfig({
      ...OAUTH,
      TOKEN_ENCRYPTION_OLD_KEYS: OLD,
      SLACK_BOT_TOKENS: "T06HX9RM4PB=xoxb-karlstad",
      PUBLIC_URL: "https://modellbot.example.org/",
    });
    expect(config.slack?.oauth).toMatchObject({
      clientId: "1111.2222",
      redirectUrl: "https://modellbot.example.org/slack/oauth_redirect",
    });
    expect(config.slack?.oauth?.tokenKeys.current).toEqual(Buffer.alloc(32, 7));
    expect(config.slack?.oauth?.tokenKeys.old).toEqual([Buffer.alloc(32, 9)]);
    expect(config.slack?.workspaceTokens).toEqual({ T06HX9RM4PB: "xoxb-karlstad" });
  });

  it.each([
    [
      "SLACK_CLIENT_SECRET",
      { SLACK_CLIENT_SECRET: "" },
      /^SLACK_CLIENT_SECRET is not set, but SLACK_CLIENT_ID is/,
    ],
    ["SLACK_STATE_SECRET", { SLACK_STATE_SECRET: "" }, /^SLACK_STATE_SECRET is not set/],
    ["a short SLACK_STATE_SECRET", { SLACK_STATE_SECRET: "short" }, /^SLACK_STATE_SECRET is too short/],
    ["TOKEN_ENCRYPTION_KEY", { TOKEN_ENCRYPTION_KEY: "" }, /^TOKEN_ENCRYPTION_KEY is not set/],
    [
      "a key of 16 bytes",
      { TOKEN_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") },
      /^TOKEN_ENCRYPTION_KEY is not valid/,
    ],
    [
      "an old key that is no key",
      { TOKEN_ENCRYPTION_OLD_KEYS: `${OLD},not-a-key` },
      /^TOKEN_ENCRYPTION_OLD_KEYS is not valid: entry 2/,
    ],
    ["the signing secret", { SLACK_SIGNING_SECRET: "" }, /^SLACK_SIGNING_SECRET is not set/],
    [
      "SLACK_BOT_TOKEN beside it",
      { SLACK_BOT_TOKEN: "xoxb-every-workspace" },
      /^SLACK_BOT_TOKEN is set together with SLACK_CLIENT_ID/,
    ],
    [
      "a redirect URL elsewhere",
      { SLACK_INSTALL_REDIRECT_URL: "https://x.example/oauth" },
      /^SLACK_INSTALL_REDIRECT_URL must end in \/slack\/oauth_redirect/,
    ],
  ])(
    "refuses to start without %s, naming the variable and never repeating a secret",
    (_what, change, message) => {
      const refused = refusal({ ...OAUTH, ...change });
      expect(refused).toMatch(message);
      expect(refused).not.toContain("client-secret-value");
      expect(refused).not.toContain(KEY);
      expect(refused).not.toContain("not-a-key");
    },
  );

  it("refuses the OAuth companions without SLACK_CLIENT_ID", () => {
    const { SLACK_CLIENT_ID: _id, ...rest } = OAUTH;
    expect(refusal({ ...rest, SLACK_BOT_TOKEN: "xoxb-x" })).toMatch(
      /^SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is not/,
    );
  });
});
