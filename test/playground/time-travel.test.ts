// The playground's clock moves only while no real platform is connected: with Slack on, moving it would
// post real reminders early and use up their single send.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_BOT_TOKEN, type FakeSlackWebApi, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { type PlaygroundApp, startPlaygroundApp } from "./playground-app.ts";

let slack: FakeSlackWebApi;
let app: PlaygroundApp;
beforeAll(async () => {
  slack = await startFakeSlackWebApi();
  app = await startPlaygroundApp({
    SLACK_SIGNING_SECRET: "test-signing-secret",
    SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
    SLACK_API_URL: slack.apiUrl,
  });
});
afterAll(async () => {
  await app.stop();
  await slack.close();
});

describe("the playground with Slack connected", () => {
  it("refuses to move the clock, in both languages, and nothing is posted or claimed", async () => {
    const response = await fetch(`${app.baseUrl}/playground/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ at: "2027-03-25T09:01:00+01:00" }),
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/Klockan kan inte flyttas.*The clock cannot be moved/s);
    expect(slack.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await app.store.listOutbox()).toHaveLength(0);
  });
});
