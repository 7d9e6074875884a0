// Nothing a user sent is lost: when the engine (or posting its reply) fails, the delivery is forgotten,
// so Slack's retry of it, or the same form sent again, is handled instead of dropped as a duplicate.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/engine/events.ts";
import { confirmationCard, statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { appMention, eventCallback, ORG_CHANNEL, viewSubmission } from "./payloads.ts";
import { FORM, JSON_TYPE, payloadForm } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const RETRY = { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };

/** The stand-in engine throws the first time, then answers. */
function failingOnce(replies: Reply[]): void {
  let failed = false;
  h.reply(() => {
    if (failed) return replies;
    failed = true;
    throw new Error("engine crashed");
  });
}

describe("a delivery whose handling failed", () => {
  it("is handled when Slack retries it: the retry reaches the engine and its reply is posted", async () => {
    failingOnce([{ type: "message", card: statusCard() }]);
    const body = eventCallback(appMention("<@U0MODELLBOT> status"), "EvFail1");
    expect((await h.send(body, JSON_TYPE)).status).toBe(200);
    await h.adapter.settled();
    expect(h.slack.callsTo("chat.postMessage")).toEqual([]);

    expect((await h.send(body, JSON_TYPE, { headers: RETRY })).status).toBe(200);
    await h.adapter.settled();
    expect(h.engineEvents).toHaveLength(2);
    expect(h.forgotten).toEqual(["slack:event:EvFail1"]);
    const posts = h.slack.callsTo("chat.postMessage");
    expect(posts.map((p) => [p.body.channel, p.body.text, p.answer])).toEqual([
      [ORG_CHANNEL, statusCard().summary, "ok"],
    ]);
  });

  it("is handled again when posting the reply failed, and a later retry is still a duplicate", async () => {
    h.reply(() => [{ type: "message", card: statusCard() }]);
    h.slack.failNext("chat.postMessage", 1, { kind: "error", error: "internal_error" });
    const body = eventCallback(appMention("<@U0MODELLBOT> status"), "EvFail2");
    await h.send(body, JSON_TYPE);
    await h.adapter.settled();
    await h.send(body, JSON_TYPE, { headers: RETRY });
    await h.adapter.settled();
    await h.send(body, JSON_TYPE, { headers: { ...RETRY, "x-slack-retry-num": "2" } });
    await h.adapter.settled();
    expect(h.engineEvents).toHaveLength(2);
    expect(h.slack.callsTo("chat.postMessage").map((p) => p.answer)).toEqual(["internal_error", "ok"]);
  });

  it("keeps a failed form open with the answers, and the same form sent again is saved", async () => {
    failingOnce([{ type: "form-accepted", card: confirmationCard() }]);
    const metadata = JSON.stringify({ roundId: "round-2026", _slack_channel: ORG_CHANNEL });
    const state = { "point-1": { "point-1": { type: "radio_buttons", selected_option: { value: "3" } } } };
    const body = payloadForm(viewSubmission("self-assessment", metadata, state));
    const failed = (await h.send(body, FORM)).json();
    expect(failed).toMatchObject({
      response_action: "errors",
      errors: { "point-1": expect.stringContaining("submit again") },
    });
    const again = (await h.send(body, FORM)).json();
    expect(again).toMatchObject({ response_action: "update", view: { type: "modal" } });
    expect(JSON.stringify(again)).toContain("Totalt 21 poäng");
    expect(h.engineEvents).toHaveLength(2);
  });
});

describe("a retry that arrives while the first delivery is still being handled", () => {
  it("waits for it, and is handled when the first then fails", async () => {
    let calls = 0;
    // The first delivery's engine call is held until the retry has arrived, then fails.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    h.reply(async () => {
      calls += 1;
      if (calls === 1) {
        await held;
        throw new Error("engine crashed after a while");
      }
      return [{ type: "message", card: statusCard() }];
    });
    const body = eventCallback(appMention("<@U0MODELLBOT> status"), "EvSlowFail");
    const first = h.send(body, JSON_TYPE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const retry = h.send(body, JSON_TYPE, { headers: RETRY });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect((await first).status).toBe(200);
    expect((await retry).status).toBe(200);
    await h.adapter.settled();
    expect(calls).toBe(2);
    expect(h.slack.callsTo("chat.postMessage").map((p) => p.body.text)).toEqual([statusCard().summary]);
  });
});
