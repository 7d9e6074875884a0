// Issue #16, failure 5: users.info failing briefly during a form submission threw the person's answers
// away and answered "Jag känner inte igen dig än" (3 of 3). Now the lookup is retried briefly; if Slack
// still does not answer, the modal stays open with the answers and a "try again" note, nothing is saved
// and the engine is not asked; submitted again once Slack answers, the form is handled as usual.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IDENTITY_UNAVAILABLE } from "../../src/adapters/slack/slack-texts.ts";
import { confirmationCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { directMessage, eventCallback, ORG_CHANNEL, viewSubmission } from "./payloads.ts";
import { FORM, JSON_TYPE, payloadForm } from "./signed-request.ts";

const metadata = JSON.stringify({
  roundId: "round-2026",
  organisationId: "grums",
  _slack_channel: ORG_CHANNEL,
});
const state = {
  "point-1": {
    "point-1": {
      type: "radio_buttons",
      selected_option: { text: { type: "plain_text", text: "3" }, value: "3" },
    },
  },
};
const submit = () => payloadForm(viewSubmission("self-assessment", metadata, state));

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.reply(() => [{ type: "form-accepted", card: confirmationCard() }]);
});
afterEach(() => h.close());

describe("users.info failing during a form submission", () => {
  it("briefly: retried, and the submission is handled with the person's e-mail", async () => {
    h.slack.failNext("users.info", 1, { kind: "http", status: 503 });
    const response = await h.send(submit(), FORM);
    await h.adapter.settled();
    expect(response.json()).toMatchObject({ response_action: "update" });
    expect(h.slack.callsTo("users.info").map((c) => c.answer)).toEqual(["503", "ok"]);
    expect(h.engineEvents).toMatchObject([{ type: "form-submitted", user: { email: "anna.lind@grums.se" } }]);
  });

  it("for longer: the modal stays open with a try-again note, nothing reaches the engine; sent again, it is handled", async () => {
    h.slack.failNext("users.info", 3, { kind: "rate-limited", retryAfterSeconds: 0 });
    const first = await h.send(submit(), FORM);
    await h.adapter.settled();
    expect(first.json()).toEqual({ response_action: "errors", errors: { "point-1": IDENTITY_UNAVAILABLE } });
    expect(h.engineEvents).toEqual([]);

    const again = await h.send(submit(), FORM);
    await h.adapter.settled();
    expect(again.json()).toMatchObject({ response_action: "update" });
    expect(h.engineEvents).toMatchObject([{ type: "form-submitted", values: { "point-1": "3" } }]);
  });

  it("uses the answer it had before, past its time, when Slack stops answering", async () => {
    await h.close();
    h = await startHarness({ identityTtlMs: 0 });
    h.reply(() => [{ type: "form-accepted", card: confirmationCard() }]);
    await h.send(eventCallback(directMessage("hjälp"), "EvId1"), JSON_TYPE);
    await h.adapter.settled();
    h.slack.failNext("users.info", 3, { kind: "http", status: 500 });
    const response = await h.send(submit(), FORM);
    await h.adapter.settled();
    expect(h.slack.callsTo("users.info").map((c) => c.answer)).toEqual(["ok", "500", "500", "500"]);
    expect(response.json()).toMatchObject({ response_action: "update" });
    expect(h.engineEvents.at(-1)).toMatchObject({
      type: "form-submitted",
      user: { email: "anna.lind@grums.se" },
    });
  });
});

describe("users.info failing for a message", () => {
  it("answers privately that it could not check who asked, and does not ask the engine", async () => {
    h.slack.failNext("users.info", 3, { kind: "http", status: 502 });
    await h.send(eventCallback(directMessage("status"), "EvId2"), JSON_TYPE);
    await h.adapter.settled();
    expect(h.engineEvents).toEqual([]);
    const [post] = h.slack.callsTo("chat.postMessage");
    expect(JSON.stringify(post?.body)).toContain("try again in a moment");
  });
});
