// The whole app (startApp) with SLACK_CLIENT_ID: the composition root wires Add to Slack, the installation
// store on the embedded store and the project managers' alerts; a workspace installed over OAuth is answered
// with its own token, and its token is in the store only sealed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { type FakeSlackWebApi, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { ackMessage } from "./ack-message.ts";
import { KARLSTAD, NADIA } from "./example-round-bot.ts";
import { slashCommandFrom } from "./example-round-payloads.ts";
import { FORM, SIGNING_SECRET, sendToSlackRoute } from "./signed-request.ts";

const OAUTH_TOKEN = "xoxb-karlstad-from-add-to-slack";
let slack: FakeSlackWebApi;
let app: RunningApp;
let dataDir: string;
beforeAll(async () => {
  slack = await startFakeSlackWebApi();
  slack.setOAuthApp({ clientId: "1111.2222", clientSecret: "app-client-secret" });
  slack.addChannel(KARLSTAD.channel, KARLSTAD.team);
  slack.addUser(NADIA);
  dataDir = mkdtempSync(join(tmpdir(), "modellbot-slack-oauth-app-"));
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: dataDir,
    PLAYGROUND: "off",
    SCHEDULER: "off",
    TEAMS: "off",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_CLIENT_ID: "1111.2222",
    SLACK_CLIENT_SECRET: "app-client-secret",
    SLACK_STATE_SECRET: "x".repeat(40),
    TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    SLACK_API_URL: slack.apiUrl,
  });
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  app = await startApp(config, quiet);
});
afterAll(async () => {
  await app.stop();
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("startApp with SLACK_CLIENT_ID", () => {
  it("installs a workspace with Add to Slack and answers there with its own token", async () => {
    const base = `http://127.0.0.1:${app.port}`;
    const page = await fetch(`${base}/slack/install`);
    const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const state = cookie.slice(cookie.indexOf("=") + 1);
    slack.addOAuthCode("code-karlstad", {
      team: KARLSTAD.team,
      teamName: "Karlstad",
      botToken: OAUTH_TOKEN,
      botUserId: "U0MODELLBOT",
      installer: NADIA.id,
    });
    const done = await fetch(`${base}/slack/oauth_redirect?code=code-karlstad&state=${state}`, {
      headers: { cookie },
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Modellbot is now in Karlstad");

    const body = slashCommandFrom(NADIA, KARLSTAD, "hjälp", slack.responseUrl(NADIA.id));
    const response = await sendToSlackRoute(`${base}/slack/events`, body, FORM);
    expect(ackMessage(response)?.response_type).toBe("ephemeral");
    expect(slack.callsTo("users.info").map((c) => [c.body.user, c.token, c.answer])).toEqual([
      [NADIA.id, OAUTH_TOKEN, "ok"],
    ]);
    const files = readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)).toString("latin1"));
    expect(files.join("")).toContain("sealed:v1:");
    expect(files.join("")).not.toContain(OAUTH_TOKEN);
  });
});
