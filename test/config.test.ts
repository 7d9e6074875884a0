// Start-up configuration: read once, and refusing what would be unsafe, with a message that says what to set.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { refusal } from "./config-refusal.ts";

describe("configuration", () => {
  it("runs a fresh development machine with no variables at all, on loopback, with the playground", () => {
    const config = loadConfig({});
    expect(config.host).toBe("127.0.0.1");
    expect(config.playground).toBe(true);
    expect(config.teams.enabled).toBe(true);
    expect(config.slack).toBeUndefined();
  });

  it("refuses production without a Teams app id, and says how to fix it", () => {
    expect(refusal({ NODE_ENV: "production" })).toMatch(/MICROSOFT_APP_ID is not set.*TEAMS=off/s);
  });

  it("refuses production with a Teams app id but no secret, unless a managed identity is configured", () => {
    const appId = "00000000-0000-0000-0000-000000000001";
    expect(refusal({ NODE_ENV: "production", MICROSOFT_APP_ID: appId })).toMatch(
      /MICROSOFT_APP_PASSWORD is not set.*UserAssignedMSI/s,
    );
    expect(refusal({ NODE_ENV: "production", MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: "s" })).toBe(
      "accepted",
    );
    expect(
      refusal({ NODE_ENV: "production", MICROSOFT_APP_ID: appId, MICROSOFT_APP_TYPE: "UserAssignedMSI" }),
    ).toBe("accepted");
  });

  it("lets production run a Slack-only bot with TEAMS=off", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      TEAMS: "off",
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
    });
    expect(config.teams.enabled).toBe(false);
    expect(config.playground).toBe(false);
    expect(config.slack?.workspacePostsPerMinute).toBe(300);
  });

  it("reads the Slack workspace pace, and refuses one that is not a whole number of posts a minute", () => {
    const slack = { TEAMS: "off", SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" };
    expect(
      loadConfig({ ...slack, SLACK_WORKSPACE_POSTS_PER_MINUTE: "120" }).slack?.workspacePostsPerMinute,
    ).toBe(120);
    expect(refusal({ ...slack, SLACK_WORKSPACE_POSTS_PER_MINUTE: "0" })).toMatch(
      /SLACK_WORKSPACE_POSTS_PER_MINUTE="0" is not valid/,
    );
  });

  it("refuses an unauthenticated Teams endpoint on a non-loopback interface in development", () => {
    expect(refusal({ HOST: "0.0.0.0" })).toMatch(/HOST=0\.0\.0\.0 .*without authentication/s);
    expect(refusal({ HOST: "0.0.0.0", TEAMS: "off" })).toBe("accepted");
    expect(refusal({ HOST: "0.0.0.0", MICROSOFT_APP_ID: "00000000-0000-0000-0000-000000000001" })).toBe(
      "accepted",
    );
  });

  it("names the variable that has a bad value", () => {
    expect(refusal({ PORT: "http" })).toMatch(/PORT="http" is not valid/);
    expect(refusal({ SLACK_SIGNING_SECRET: "only-half" })).toMatch(
      /both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN/,
    );
  });
});
