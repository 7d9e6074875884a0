// A workspace bound to no programme round is refused on every surface, and nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";
import {
  appMention,
  blockActions,
  eventCallback,
  homeOpened,
  UNBOUND_TEAM,
  viewSubmission,
} from "./payloads.ts";
import { FORM, JSON_TYPE, payloadForm } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  expect(h.engineEvents).toEqual([]);
  expect(h.remembered).toEqual([]);
  await h.close();
});

const foreign = <T extends { team: unknown; user: { team_id: string } }>(payload: T): T => ({
  ...payload,
  team: { id: UNBOUND_TEAM, domain: "elsewhere" },
  user: { ...payload.user, team_id: UNBOUND_TEAM },
});

describe("a workspace bound to no round", () => {
  it("gets an explanation when it mentions the bot", async () => {
    await h.send(eventCallback(appMention("<@U0BOT> status"), "Ev50", UNBOUND_TEAM), JSON_TYPE);
    await h.adapter.settled();
    const [refusal] = h.slack.callsTo("chat.postEphemeral");
    expect(String(refusal?.body.text)).toContain("not linked to any programme round");
  });

  it("sees the explanation on its App Home tab", async () => {
    await h.send(eventCallback(homeOpened(), "Ev51", UNBOUND_TEAM), JSON_TYPE);
    await h.adapter.settled();
    expect(JSON.stringify(h.slack.callsTo("views.publish")[0]?.body.view)).toContain("inte kopplad");
  });

  it("gets an explanation when it presses a button", async () => {
    await h.send(payloadForm(foreign(blockActions("status", h.slack.responseUrl("u1")))), FORM);
    await h.adapter.settled();
    expect(h.slack.callsTo("views.open")).toEqual([]);
    expect(String(h.slack.callsTo("response_url")[0]?.body.text)).toContain("inte kopplad");
  });

  it("sees the explanation in place of a submitted form", async () => {
    const response = await h.send(payloadForm(foreign(viewSubmission("self-assessment", "{}", {}))), FORM);
    expect(response.json()).toMatchObject({ response_action: "update", view: { type: "modal" } });
    expect(response.body).toContain("not linked to any programme round");
  });
});
