// Token rotation on: a bot token lasts 12 hours and comes with a refresh token. The bot refreshes it shortly
// before it expires, once across instances (a claim in the store), and a call answered token_expired is made
// again with the refreshed token.
import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../src/adapters/slack/create-slack-adapter.ts";
import { REFRESH_AHEAD_MS } from "../../src/adapters/slack/installations.ts";
import type { ChatHome } from "../../src/domain/round.ts";
import { statusCard } from "./cards.ts";
import { fakeInstall, GRUMS, type OAuthHarness, startOAuthHarness } from "./oauth-harness.ts";

const TWELVE_HOURS_S = 12 * 60 * 60;
const home: ChatHome = { platform: "slack", workspace: GRUMS.team, channel: GRUMS.channel };
const rotating = () => fakeInstall(GRUMS.team, { refreshToken: "xoxe-1-grums", expiresIn: TWELVE_HOURS_S });

let h: OAuthHarness;
afterEach(() => h.close());

const refreshes = () =>
  h.slack.callsTo("oauth.v2.access").filter((c) => c.body.grant_type === "refresh_token");
const posts = () => h.slack.callsTo("chat.postMessage").map((c) => [c.token, c.answer]);

describe("token rotation", () => {
  it("keeps the token until shortly before it expires, then refreshes it once and posts with the new one", async () => {
    h = await startOAuthHarness();
    await h.install("code-grums", rotating());
    const installed = await h.store.findSlackInstallation(GRUMS.team);
    expect(Date.parse(installed?.botTokenExpiresAt ?? "") - h.now().getTime()).toBeGreaterThan(
      11.9 * 3600_000,
    );

    await h.adapter.sender.send(home, statusCard(), "k1");
    expect(refreshes()).toEqual([]);
    h.advance(TWELVE_HOURS_S * 1000 - REFRESH_AHEAD_MS + 60_000);
    await h.adapter.sender.send(home, statusCard(), "k2");
    await h.adapter.sender.send(home, statusCard(), "k3");
    expect(refreshes().map((c) => [c.body.refresh_token, c.answer])).toEqual([["xoxe-1-grums", "ok"]]);
    expect(posts()).toEqual([
      ["xoxb-grums-from-oauth", "ok"],
      ["xoxb-grums-from-oauth-r1", "ok"],
      ["xoxb-grums-from-oauth-r1", "ok"],
    ]);
    const refreshed = await h.store.findSlackInstallation(GRUMS.team);
    expect(Date.parse(refreshed?.botTokenExpiresAt ?? "") - h.now().getTime()).toBeGreaterThan(
      11.9 * 3600_000,
    );
  });

  it("is refreshed by one instance when two need it at once", async () => {
    h = await startOAuthHarness();
    await h.install("code-grums", rotating());
    const second = createSlackAdapter({ ...h.adapterOptions, instanceId: "second-instance" });
    try {
      h.advance(TWELVE_HOURS_S * 1000 - REFRESH_AHEAD_MS + 60_000);
      const sent = await Promise.all([
        h.adapter.sender.send(home, statusCard(), "a"),
        second.sender.send(home, statusCard(), "b"),
      ]);
      expect(sent.map((s) => s.ok)).toEqual([true, true]);
      expect(refreshes()).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it("refreshes at once and posts again when Slack answers token_expired", async () => {
    h = await startOAuthHarness();
    await h.install("code-grums", rotating());
    h.slack.expireToken("xoxb-grums-from-oauth");
    const outcome = await h.adapter.sender.send(home, statusCard(), "k1");
    expect(outcome).toMatchObject({ ok: true });
    expect(posts()).toEqual([
      ["xoxb-grums-from-oauth", "token_expired"],
      ["xoxb-grums-from-oauth-r1", "ok"],
    ]);
    expect(refreshes()).toHaveLength(1);
  });
});
