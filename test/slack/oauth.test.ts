// "Add to Slack" end to end: the install page, Slack's redirect with a code (exchanged with the fake Slack
// Web API's oauth.v2.access), then requests and reminders in each workspace with that workspace's own
// token. Real Bolt over real HTTP; only Slack itself is a fake.
import { afterEach, describe, expect, it } from "vitest";
import type { ChatHome } from "../../src/domain/round.ts";
import { claimAndSend } from "../../src/scheduler/delivery.ts";
import { MAX_ATTEMPTS, mayRetry } from "../../src/scheduler/outbox-failure.ts";
import { statusCard } from "./cards.ts";
import { fakeInstall, GRUMS, KALMAR, type OAuthHarness, SKR, startOAuthHarness } from "./oauth-harness.ts";
import { appUninstalled, tokensRevoked } from "./oauth-payloads.ts";
import { appMention, eventCallback } from "./payloads.ts";

let h: OAuthHarness;
afterEach(() => h.close());

const grumsHome: ChatHome = { platform: "slack", workspace: GRUMS.team, channel: GRUMS.channel };
const kalmarHome: ChatHome = { platform: "slack", workspace: KALMAR.team, channel: KALMAR.channel };

function mention(w: { team: string; channel: string; person: string }, eventId: string): string {
  return eventCallback(
    { ...appMention("<@UBOT> status"), user: w.person, channel: w.channel },
    eventId,
    w.team,
  );
}

function postsTo(channel: string) {
  return h.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);
}

describe("Add to Slack", () => {
  it("shows an install page in Swedish and English whose button goes to Slack with a state", async () => {
    h = await startOAuthHarness();
    const page = await h.openInstallPage();
    expect(page.status).toBe(200);
    expect(page.html).toContain("Lägg till i Slack");
    expect(page.html).toContain("Add to Slack");
    expect(page.authorizeUrl.origin + page.authorizeUrl.pathname).toBe(
      "https://slack.com/oauth/v2/authorize",
    );
    expect(page.authorizeUrl.searchParams.get("client_id")).toBe("1111.2222");
    expect(page.authorizeUrl.searchParams.get("scope")).toContain("chat:write");
    expect(page.state).not.toBe("");
    expect(page.cookie).toBe(`slack-app-oauth-state=${page.state}`);
  });

  it("installs in two workspaces; each is answered, and reminded, with its own token", async () => {
    h = await startOAuthHarness();
    const grums = await h.install("code-grums", fakeInstall(GRUMS.team));
    const kalmar = await h.install("code-kalmar", fakeInstall(KALMAR.team));
    for (const done of [grums, kalmar]) {
      expect(done.status).toBe(200);
      expect(done.html).toContain("Modellbot är installerad");
      expect(done.html).toContain("Modellbot is installed");
    }
    expect(h.slack.callsTo("oauth.v2.access").map((c) => [c.body.code, c.answer])).toEqual([
      ["code-grums", "ok"],
      ["code-kalmar", "ok"],
    ]);
    expect((await h.store.listSlackInstallations()).map((i) => [i.id, i.botUserId])).toEqual([
      [GRUMS.team, "U0BOTGRU"],
      [KALMAR.team, "U0BOTKAL"],
    ]);

    await h.event(mention(GRUMS, "EvG1"));
    await h.event(mention(KALMAR, "EvK1"));
    await h.adapter.settled();
    expect(h.engineEvents.map((e) => e.user.email)).toEqual(
      expect.arrayContaining(["u0anna@t0grums.se", "u0karin@t0kalmar.se"]),
    );
    expect(postsTo(GRUMS.channel).map((c) => [c.token, c.answer])).toEqual([["xoxb-grums-from-oauth", "ok"]]);
    expect(postsTo(KALMAR.channel).map((c) => [c.token, c.answer])).toEqual([
      ["xoxb-kalmar-from-oauth", "ok"],
    ]);

    expect(await h.adapter.sender.send(kalmarHome, statusCard(), "round-2027/kalmar/bm1/week")).toMatchObject(
      {
        ok: true,
      },
    );
    expect(postsTo(KALMAR.channel).at(-1)?.token).toBe("xoxb-kalmar-from-oauth");
  });

  it("lets a static token in SLACK_BOT_TOKENS override a workspace's install", async () => {
    h = await startOAuthHarness({ workspaceTokens: { [GRUMS.team]: "xoxb-grums-static" } });
    h.slack.addToken("xoxb-grums-static", GRUMS.team);
    await h.install("code-grums", fakeInstall(GRUMS.team));
    await h.install("code-kalmar", fakeInstall(KALMAR.team));
    await h.event(mention(GRUMS, "EvG1"));
    await h.adapter.settled();
    expect(postsTo(GRUMS.channel).map((c) => c.token)).toEqual(["xoxb-grums-static"]);
    await h.adapter.sender.send(kalmarHome, statusCard(), "k");
    expect(postsTo(KALMAR.channel).map((c) => c.token)).toEqual(["xoxb-kalmar-from-oauth"]);
  });
});

describe("an org-wide install (Enterprise Grid)", () => {
  it("keeps one installation for the organisation and reaches the workspaces it was approved for", async () => {
    h = await startOAuthHarness();
    const org = {
      ...fakeInstall(GRUMS.team),
      botToken: "xoxb-grid-org-wide",
      enterprise: "E0GRID",
      isEnterpriseInstall: true,
      teams: [GRUMS.team, KALMAR.team],
    };
    h.slack.addOAuthCode("code-org", org);
    const page = await h.openInstallPage();
    const done = await h.redirect({ code: "code-org", state: page.state }, page.cookie);
    expect(done.status).toBe(200);
    expect(
      (await h.store.listSlackInstallations()).map((i) => [i.id, i.isEnterpriseInstall, i.teams]),
    ).toEqual([["E0GRID", true, [GRUMS.team, KALMAR.team]]]);
    expect(await h.adapter.sender.send(kalmarHome, statusCard(), "k")).toMatchObject({ ok: true });
    expect(postsTo(KALMAR.channel).map((c) => c.token)).toEqual(["xoxb-grid-org-wide"]);
    await h.event(
      appUninstalled(GRUMS.team, "EvU9").replace(
        '"type":"event_callback"',
        '"type":"event_callback","enterprise_id":"E0GRID","is_enterprise_install":true',
      ),
    );
    await h.adapter.settled();
    expect(await h.store.listSlackInstallations()).toEqual([]);
  });
});

describe("an install that does not finish stores nothing", () => {
  async function expectNothingStored() {
    expect(await h.store.listSlackInstallations()).toEqual([]);
  }

  it("refuses a state used once already, and exchanges no second code", async () => {
    h = await startOAuthHarness();
    const page = await h.openInstallPage();
    h.slack.addOAuthCode("code-1", fakeInstall(GRUMS.team));
    expect((await h.redirect({ code: "code-1", state: page.state }, page.cookie)).status).toBe(200);
    await h.store.deleteSlackInstallation(GRUMS.team);
    h.slack.addOAuthCode("code-2", fakeInstall(GRUMS.team));
    const again = await h.redirect({ code: "code-2", state: page.state }, page.cookie);
    expect(again.status).toBe(400);
    expect(again.html).toContain("Installationslänken har redan använts");
    expect(again.html).toContain("The install link was already used");
    expect(again.html).toContain('href="/slack/install"');
    expect(h.slack.callsTo("oauth.v2.access").map((c) => c.body.code)).toEqual(["code-1"]);
    await expectNothingStored();
  });

  it("refuses a state older than 10 minutes", async () => {
    h = await startOAuthHarness();
    const page = await h.openInstallPage();
    h.advance(10 * 60_000 + 1_000);
    h.slack.addOAuthCode("code-1", fakeInstall(GRUMS.team));
    const late = await h.redirect({ code: "code-1", state: page.state }, page.cookie);
    expect(late.status).toBe(400);
    expect(late.html).toContain("har gått ut");
    expect(late.html).toContain("has expired");
    expect(h.slack.callsTo("oauth.v2.access")).toEqual([]);
    await expectNothingStored();
  });

  it.each([
    ["no state at all", (_state: string) => ({ code: "code-1" }), true],
    ["a state, but not the browser's (no cookie)", (state: string) => ({ code: "code-1", state }), false],
    ["a forged state", (_state: string) => ({ code: "code-1", state: "eyJpZCI6IngifQ.forged" }), true],
  ])("refuses %s", async (_what, query, withCookie) => {
    h = await startOAuthHarness();
    const page = await h.openInstallPage();
    h.slack.addOAuthCode("code-1", fakeInstall(GRUMS.team));
    const refused = await h.redirect(query(page.state), withCookie ? page.cookie : undefined);
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("Installationen blev inte klar");
    expect(refused.html).toContain("The install did not finish");
    expect(h.slack.callsTo("oauth.v2.access")).toEqual([]);
    await expectNothingStored();
  });

  it("says the install was cancelled when the person pressed Cancel on Slack's page (access_denied)", async () => {
    h = await startOAuthHarness();
    const page = await h.openInstallPage();
    const cancelled = await h.redirect({ error: "access_denied", state: page.state }, page.cookie);
    expect(cancelled.status).toBe(400);
    expect(cancelled.html).toContain("Installationen avbröts i Slack");
    expect(cancelled.html).toContain("The install was cancelled in Slack");
    expect(h.slack.callsTo("oauth.v2.access")).toEqual([]);
    await expectNothingStored();
  });

  it("says Slack did not accept it when the code exchange fails", async () => {
    h = await startOAuthHarness();
    const page = await h.openInstallPage();
    const failed = await h.redirect({ code: "code-nobody-issued", state: page.state }, page.cookie);
    expect(failed.status).toBe(502);
    expect(failed.html).toContain("Slack did not accept the install");
    expect(h.slack.callsTo("oauth.v2.access").map((c) => c.answer)).toEqual(["invalid_code"]);
    await expectNothingStored();
  });
});

describe("uninstalling", () => {
  it("deletes the installation, pauses the workspace and tells the project managers once", async () => {
    h = await startOAuthHarness();
    for (const [code, w] of [
      ["c1", GRUMS],
      ["c2", KALMAR],
      ["c3", SKR],
    ] as const)
      await h.install(code, fakeInstall(w.team));
    expect((await h.event(appUninstalled(GRUMS.team, "EvU1"))).status).toBe(200);
    expect((await h.event(tokensRevoked(GRUMS.team, "EvU2", { bot: ["U0BOTGRU"] }))).status).toBe(200);
    await h.adapter.settled();
    expect((await h.store.listSlackInstallations()).map((i) => i.id)).toEqual([SKR.team, KALMAR.team].sort());

    const notices = postsTo(SKR.channel);
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]?.body)).toContain(
      "Modellbot är inte längre installerad i Slack-arbetsytan Grums",
    );
    expect(JSON.stringify(notices[0]?.body)).toContain("pausade för Grums");

    // A reminder for Grums is not posted with anything: the outbox records it as not delivered, to be tried
    // a bounded number of times, and the channel is not marked broken (an install resumes it).
    const before = h.slack.calls.length;
    const outcome = await h.adapter.sender.send(grumsHome, statusCard(), "round-2027/grums/bm1/week");
    expect(outcome).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringContaining("workspace_paused"),
    });
    const delivery = {
      store: h.store,
      senders: { slack: h.adapter.sender },
      instanceId: "t",
      inFlight: new Set<string>(),
    };
    const key = "round-2027/grums/benchmarking-1/deadline-in-7-days";
    const reminder = {
      key,
      kind: "deadline-in-7-days" as const,
      roundId: "round-2027",
      organisationId: "grums",
    };
    await claimAndSend(
      delivery,
      { ...reminder, meeting: "benchmarking-1", home: grumsHome, card: statusCard() },
      h.now(),
    );
    const entry = await h.store.getOutbox(key);
    expect(entry).toMatchObject({
      state: "failed",
      failure: { class: "transient", attempts: 1, error: expect.stringMatching(/workspace_paused/) },
    });
    const failure = entry?.failure ?? { class: "closed" as const, attempts: 0, error: "" };
    expect(mayRetry(failure)).toBe(true);
    expect(mayRetry({ ...failure, attempts: MAX_ATTEMPTS })).toBe(false);
    expect(await h.store.findBinding("slack", GRUMS.team, GRUMS.channel)).toBeUndefined();
    await h.event(mention(GRUMS, "EvG9"));
    await h.adapter.settled();
    expect(h.slack.calls.slice(before).filter((c) => c.method !== "response_url")).toEqual([]);
    expect(h.engineEvents).toEqual([]);
    // Kalmar goes on.
    expect(await h.adapter.sender.send(kalmarHome, statusCard(), "k")).toMatchObject({ ok: true });

    // Installing again resumes Grums.
    await h.install("c4", { ...fakeInstall(GRUMS.team), botToken: "xoxb-grums-second-install" });
    expect(await h.adapter.sender.send(grumsHome, statusCard(), "round-2027/grums/bm1/today")).toMatchObject({
      ok: true,
    });
    expect(postsTo(GRUMS.channel).at(-1)?.token).toBe("xoxb-grums-second-install");
  });

  it("forgets a bot token that was revoked (auth.revoke, then tokens_revoked) and tells the project managers", async () => {
    h = await startOAuthHarness();
    for (const [code, w] of [
      ["c1", GRUMS],
      ["c3", SKR],
    ] as const)
      await h.install(code, fakeInstall(w.team));
    // Someone revokes the bot's token, as Slack's auth.revoke does; Slack then sends tokens_revoked.
    const revoked = await fetch(`${h.slack.apiUrl}auth.revoke`, {
      method: "POST",
      headers: { authorization: "Bearer xoxb-grums-from-oauth" },
    });
    expect(await revoked.json()).toEqual({ ok: true, revoked: true });
    await h.event(tokensRevoked(GRUMS.team, "EvR1", { bot: ["U0BOTGRU"] }));
    await h.adapter.settled();
    expect(await h.store.findSlackInstallation(GRUMS.team)).toBeUndefined();
    expect(postsTo(SKR.channel)).toHaveLength(1);
    expect(await h.adapter.sender.send(grumsHome, statusCard(), "k")).toMatchObject({
      ok: false,
      permanent: false,
    });
    expect(postsTo(GRUMS.channel)).toEqual([]);
  });

  it("keeps the installation when only user tokens were revoked (the bot keeps none)", async () => {
    h = await startOAuthHarness();
    await h.install("c1", fakeInstall(GRUMS.team));
    await h.event(tokensRevoked(GRUMS.team, "EvU3", { oauth: ["U0INSTALLER"] }));
    await h.adapter.settled();
    expect((await h.store.listSlackInstallations()).map((i) => i.id)).toEqual([GRUMS.team]);
  });
});

describe("a workspace that is in no round", () => {
  it("may install; it is told it is not part of a round, and the project managers are told once", async () => {
    h = await startOAuthHarness();
    await h.install("c0", fakeInstall(SKR.team));
    const stranger = { team: "T0STRANGER", channel: "C0STRANGER", person: "U0STRANGER" };
    h.slack.addChannel(stranger.channel, stranger.team);
    const done = await h.install("c1", fakeInstall(stranger.team));
    expect(done.html).toContain("hör inte till någon programomgång");
    expect(done.html).toContain("not part of any programme round");
    await h.install("c2", fakeInstall(stranger.team));
    const notices = postsTo(SKR.channel);
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]?.body)).toContain("T0STRANGER");

    await h.event(mention(stranger, "EvS1"));
    await h.adapter.settled();
    // Privately, to the person who asked, with the workspace's own token.
    const answer = h.slack.callsTo("chat.postEphemeral").filter((c) => c.body.channel === stranger.channel);
    expect(answer.map((c) => c.token)).toEqual(["xoxb-stranger-from-oauth"]);
    expect(JSON.stringify(answer[0]?.body)).toContain("not linked to any programme round");
    expect(h.engineEvents).toEqual([]);
  });
});
