// Buttons on messages (block_actions) and modal submissions (view_submission).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assessmentForm, confirmationCard, statusCard, withError } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { blockActions, KEY_PERSON, ORG_CHANNEL, viewSubmission } from "./payloads.ts";
import { FORM, payloadForm } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

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
  "comment-1": { "comment-1": { type: "plain_text_input", value: "Beslut i fullmäktige 2019" } },
};

describe("block_actions", () => {
  it("routes a command button to the engine and opens the form it answers with", async () => {
    h.reply(() => [{ type: "form", card: assessmentForm() }]);
    const response = await h.send(payloadForm(blockActions("bedöm", h.slack.responseUrl("a1"))), FORM);
    await h.adapter.settled();
    expect(response.status).toBe(200);
    expect(h.engineEvents).toMatchObject([
      {
        type: "button-pressed",
        command: "bedöm",
        channel: ORG_CHANNEL,
        user: { email: "anna.lind@grums.se" },
      },
    ]);
    expect(h.slack.callsTo("views.open")[0]?.body.trigger_id).toBe("13345224609.738474920.aaaabbbbccccdddd");
  });

  it("posts a message reply as a new message, keeping the original", async () => {
    h.reply(() => [{ type: "message", card: statusCard() }]);
    await h.send(payloadForm(blockActions("status", h.slack.responseUrl("a2"))), FORM);
    await h.adapter.settled();
    expect(h.slack.callsTo("response_url")[0]?.body).toMatchObject({
      response_type: "in_channel",
      replace_original: false,
    });
  });

  it("acknowledges a link button without calling the engine", async () => {
    const payload = blockActions("x", h.slack.responseUrl("a3"));
    payload.actions[0] = { ...(payload.actions[0] as (typeof payload.actions)[0]), action_id: "url:0" };
    const response = await h.send(payloadForm(payload), FORM);
    await h.adapter.settled();
    expect(response.status).toBe(200);
    expect(h.engineEvents).toEqual([]);
  });
});

describe("view_submission", () => {
  it("gives the engine the form id, the values, the hidden values and a stable idempotency key", async () => {
    h.reply(() => [{ type: "form-accepted", card: confirmationCard() }]);
    await h.send(payloadForm(viewSubmission("self-assessment", metadata, state)), FORM);
    await h.adapter.settled();
    expect(h.engineEvents).toEqual([
      expect.objectContaining({
        type: "form-submitted",
        formId: "self-assessment",
        values: { "point-1": "3", "comment-1": "Beslut i fullmäktige 2019" },
        hidden: { roundId: "round-2026", organisationId: "grums" },
        channel: ORG_CHANNEL,
        idempotencyKey: expect.stringMatching(/^slack:view:V0FORM1:1700000200\.AbCdEf12:/),
      }),
    ]);
  });

  it("takes a corrected form after field errors as a new submission, and a re-delivery as the same", async () => {
    h.reply(() => [
      {
        type: "form-invalid",
        errors: { "point-1": "Välj" },
        card: withError(assessmentForm(), "point-1", "Välj"),
      },
    ]);
    await h.send(payloadForm(viewSubmission("self-assessment", metadata, {})), FORM);
    h.reply(() => [{ type: "form-accepted", card: confirmationCard() }]);
    await h.send(payloadForm(viewSubmission("self-assessment", metadata, state)), FORM);
    await h.send(payloadForm(viewSubmission("self-assessment", metadata, state)), FORM);
    await h.adapter.settled();
    // The re-delivery reaches the engine with the same key, which the store answers with the saved version.
    const keys = h.engineEvents.map((e) => (e.type === "form-submitted" ? e.idempotencyKey : ""));
    expect(keys).toHaveLength(3);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe(keys[1]);
  });

  it("shows field errors in the modal when the engine refuses fields", async () => {
    const invalid = withError(assessmentForm(), "point-1", "Välj en poäng för punkt 1.");
    h.reply(() => [
      { type: "form-invalid", errors: { "point-1": "Välj en poäng för punkt 1." }, card: invalid },
    ]);
    const response = await h.send(payloadForm(viewSubmission("self-assessment", metadata, {})), FORM);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      response_action: "errors",
      errors: { "point-1": "Välj en poäng för punkt 1." },
    });
  });

  it("replaces the modal with the confirmation when the engine accepts, and posts follow-ups", async () => {
    h.reply(() => [
      { type: "form-accepted", card: confirmationCard() },
      { type: "message", card: statusCard() },
    ]);
    const response = await h.send(payloadForm(viewSubmission("self-assessment", metadata, state)), FORM);
    await h.adapter.settled();
    const answer = response.json() as { response_action: string; view: { type: string; blocks: unknown[] } };
    expect(answer.response_action).toBe("update");
    expect(answer.view.type).toBe("modal");
    expect(JSON.stringify(answer.view.blocks)).toContain("3 mer än förra gången");
    expect(h.slack.callsTo("chat.postMessage")[0]?.body).toMatchObject({ channel: ORG_CHANNEL });
  });

  it("sends follow-ups to the user's DM when the form did not come from a channel", async () => {
    h.reply(() => [
      { type: "form-accepted", card: confirmationCard() },
      { type: "private", card: statusCard() },
    ]);
    await h.send(
      payloadForm(viewSubmission("self-assessment", JSON.stringify({ roundId: "round-2026" }), state)),
      FORM,
    );
    await h.adapter.settled();
    expect(h.slack.callsTo("chat.postMessage")[0]?.body).toMatchObject({ channel: KEY_PERSON });
  });
});

describe("the message a form was opened from", () => {
  it("loses its buttons and says what was saved once the form is accepted", async () => {
    const reminder = await h.adapter.sender.send(
      { platform: "slack", workspace: "T0BOUND", channel: ORG_CHANNEL },
      {
        kind: "reminder",
        title: "Påminnelse",
        summary: "Självskattningen saknas",
        blocks: [
          { type: "text", text: "Självskattningen saknas." },
          {
            type: "actions",
            actions: [{ type: "command", label: "Gör självskattningen", command: "bedöm" }],
          },
        ],
      },
      "round-2026/grums/benchmarking-1/deadline-today",
    );
    const ts = reminder.ok ? reminder.messageId : "";
    h.reply(() => [{ type: "form", card: assessmentForm() }]);
    const pressed = blockActions("bedöm", h.slack.responseUrl("o1"));
    await h.send(payloadForm({ ...pressed, container: { ...pressed.container, message_ts: ts } }), FORM);
    await h.adapter.settled();
    const opened = h.slack.callsTo("views.open")[0]?.body.view as { private_metadata: string };
    expect(JSON.parse(opened.private_metadata)).toMatchObject({ _slack_message_ts: ts });

    h.reply(() => [{ type: "form-accepted", card: confirmationCard() }]);
    await h.send(payloadForm(viewSubmission("self-assessment", opened.private_metadata, state)), FORM);
    await h.adapter.settled();
    const [update] = h.slack.callsTo("chat.update");
    expect(update?.body).toMatchObject({ channel: ORG_CHANNEL, ts });
    const blocks = update?.body.blocks as { type: string }[];
    expect(blocks.map((b) => b.type)).not.toContain("actions");
    expect(JSON.stringify(blocks)).toContain(`✓ ${confirmationCard().summary}`);
    expect(JSON.stringify(blocks)).toContain("Självskattningen saknas.");
  });

  it("is left alone when the form is refused", async () => {
    const withOrigin = JSON.stringify({ ...JSON.parse(metadata), _slack_message_ts: "1700000100.000100" });
    h.reply(() => [
      {
        type: "form-invalid",
        errors: { "point-1": "Välj" },
        card: withError(assessmentForm(), "point-1", "Välj"),
      },
    ]);
    await h.send(payloadForm(viewSubmission("self-assessment", withOrigin, state)), FORM);
    await h.adapter.settled();
    expect(h.slack.callsTo("chat.update")).toHaveLength(0);
  });
});
