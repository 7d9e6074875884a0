// `/modell <command>`: the engine gets the words and who asked; answers go back where the user asked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ackMessage } from "./ack-message.ts";
import { assessmentForm, statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { BOUND_TEAM, KEY_PERSON, ORG_CHANNEL, slashCommand, UNBOUND_TEAM } from "./payloads.ts";
import { FORM } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe("slash command /modell", () => {
  it("gives the engine the command words, the user's e-mail and locale, workspace and channel", async () => {
    const response = await h.send(slashCommand("status  värmland", h.slack.responseUrl("r1")), FORM);
    await h.adapter.settled();
    expect(response.status).toBe(200);
    expect(h.engineEvents).toHaveLength(1);
    expect(h.engineEvents[0]).toMatchObject({
      type: "command",
      text: "status värmland",
      platform: "slack",
      workspace: BOUND_TEAM,
      channel: ORG_CHANNEL,
      user: { id: KEY_PERSON, email: "anna.lind@grums.se", locale: "sv-SE" },
    });
    expect(h.slack.callsTo("users.info")[0]?.body).toMatchObject({
      user: KEY_PERSON,
      include_locale: "true",
    });
  });

  it("answers a message reply in the command's ack, visible to the channel", async () => {
    h.reply(() => [{ type: "message", card: statusCard() }]);
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r1")), FORM);
    await h.adapter.settled();
    const answer = ackMessage(response);
    expect(answer).toMatchObject({ response_type: "in_channel", text: statusCard().summary });
    expect(JSON.stringify(answer?.blocks)).toContain("baslinje klar, 21 poäng");
    expect(h.slack.callsTo("response_url")).toEqual([]);
  });

  it("answers a private reply only to the user (ephemeral)", async () => {
    h.reply(() => [{ type: "private", card: statusCard() }]);
    const response = await h.send(slashCommand("guide", h.slack.responseUrl("r2")), FORM);
    await h.adapter.settled();
    expect(ackMessage(response)).toMatchObject({ response_type: "ephemeral" });
  });

  it("posts a second reply through the response_url, after the first in the ack", async () => {
    h.reply(() => [
      { type: "message", card: statusCard() },
      { type: "private", card: assessmentForm() },
    ]);
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r8")), FORM);
    await h.adapter.settled();
    expect(ackMessage(response)).toMatchObject({ response_type: "in_channel" });
    const posts = h.slack.callsTo("response_url");
    expect(posts.map((p) => [p.responseUrlId, p.body.response_type])).toEqual([["r8", "ephemeral"]]);
  });

  it("acks at once when the answer is slow, and the answer comes through the response_url", async () => {
    await h.close();
    h = await startHarness({ commandAckBudgetMs: 50 });
    let release = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    h.reply(async () => {
      await slow;
      return [{ type: "message", card: statusCard() }];
    });
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r9")), FORM);
    expect(response).toMatchObject({ status: 200, body: "" });
    release();
    await h.adapter.settled();
    const posts = h.slack.callsTo("response_url");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ response_type: "in_channel", text: statusCard().summary });
  });

  it("opens a form as a modal with the command's trigger_id, remembering the channel", async () => {
    h.reply(() => [{ type: "form", card: assessmentForm() }]);
    await h.send(slashCommand("bedöm", h.slack.responseUrl("r3")), FORM);
    await h.adapter.settled();
    const opened = h.slack.callsTo("views.open");
    expect(opened).toHaveLength(1);
    expect(opened[0]?.body.trigger_id).toBe("13345224609.738474920.8088930838d88f008e0");
    const view = opened[0]?.body.view as Record<string, unknown>;
    expect(view).toMatchObject({ type: "modal", callback_id: "form:self-assessment" });
    expect(JSON.parse(String(view.private_metadata))).toMatchObject({
      roundId: "round-2026",
      organisationId: "grums",
      _slack_channel: ORG_CHANNEL,
    });
    expect(h.slack.callsTo("response_url")).toEqual([]);
  });

  it("sends the answer through the response_url when it is ready only after the budget, timer or not", async () => {
    await h.close();
    h = await startHarness({ commandAckBudgetMs: 50 });
    h.reply(() => {
      // Busy without ever yielding: the budget's timer cannot fire before the answer is ready.
      const until = performance.now() + 80;
      while (performance.now() < until) {}
      return [{ type: "message", card: statusCard() }];
    });
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r10")), FORM);
    await h.adapter.settled();
    expect(response).toMatchObject({ status: 200, body: "" });
    expect(h.slack.callsTo("response_url").map((c) => c.responseUrlId)).toEqual(["r10"]);
  });

  it("refuses a workspace bound to no round with a clear message and stores nothing", async () => {
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r4"), UNBOUND_TEAM), FORM);
    await h.adapter.settled();
    expect(h.engineEvents).toEqual([]);
    expect(h.remembered).toEqual([]);
    const refusal = ackMessage(response);
    expect(refusal).toMatchObject({ response_type: "ephemeral" });
    expect(String(refusal?.text)).toContain("inte kopplad till någon programomgång");
    expect(String(refusal?.text)).toContain("not linked to any programme round");
    expect(h.slack.callsTo("users.info")).toEqual([]);
  });

  it("still reaches the engine without an e-mail when Slack does not know the user", async () => {
    h.slack.failNext("users.info", 1, { kind: "error", error: "user_not_found" });
    await h.send(slashCommand("status", h.slack.responseUrl("r5")), FORM);
    await h.adapter.settled();
    expect(h.engineEvents[0]?.user.email).toBeUndefined();
  });

  it("asks users.info once for the same user within the cache time", async () => {
    await h.send(slashCommand("status", h.slack.responseUrl("r6")), FORM);
    await h.send(slashCommand("guide", h.slack.responseUrl("r7")).replace("8088930838", "9999999999"), FORM);
    await h.adapter.settled();
    expect(h.engineEvents).toHaveLength(2);
    expect(h.slack.callsTo("users.info")).toHaveLength(1);
  });
});
