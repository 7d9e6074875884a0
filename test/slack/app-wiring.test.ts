// The whole app (startApp) with SLACK_BOT_TOKENS: the configuration reaches the adapter, and each
// workspace of the example round is answered with its own token.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { type FakeSlackWebApi, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { ackMessage } from "./ack-message.ts";
import { HELENA, KARLSTAD, NADIA, ORNSKOLDSVIK } from "./example-round-bot.ts";
import { slashCommandFrom } from "./example-round-payloads.ts";
import { FORM, SIGNING_SECRET, sendToSlackRoute } from "./signed-request.ts";

let slack: FakeSlackWebApi;
let app: RunningApp;
let dataDir: string;
beforeAll(async () => {
  slack = await startFakeSlackWebApi();
  for (const home of [ORNSKOLDSVIK, KARLSTAD]) {
    slack.addToken(home.token, home.team);
    slack.addChannel(home.channel, home.team);
  }
  slack.addUser(NADIA);
  slack.addUser(HELENA);
  dataDir = mkdtempSync(join(tmpdir(), "modellbot-slack-app-"));
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: dataDir,
    PLAYGROUND: "off",
    SCHEDULER: "off",
    TEAMS: "off",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKENS: `${ORNSKOLDSVIK.team}=${ORNSKOLDSVIK.token},${KARLSTAD.team}=${KARLSTAD.token}`,
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

describe("startApp with SLACK_BOT_TOKENS", () => {
  it("answers people in two workspaces, each with that workspace's token", async () => {
    const url = `http://127.0.0.1:${app.port}/slack/events`;
    for (const [person, home] of [
      [NADIA, KARLSTAD],
      [HELENA, ORNSKOLDSVIK],
    ] as const) {
      const body = slashCommandFrom(person, home, "hjälp", slack.responseUrl(person.id));
      const response = await sendToSlackRoute(url, body, FORM);
      expect(ackMessage(response)?.response_type).toBe("ephemeral");
    }
    const lookups = slack.callsTo("users.info").map((c) => [c.body.user, c.token, c.answer]);
    expect(lookups).toEqual([
      [NADIA.id, KARLSTAD.token, "ok"],
      [HELENA.id, ORNSKOLDSVIK.token, "ok"],
    ]);
  });
});
