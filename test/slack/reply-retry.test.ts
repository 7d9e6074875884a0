// Issue #16, failure 4: a 429 on a Slack reply (a DM answer, a button answer, a slash-command follow-up)
// dropped the reply after one try. Every reply now goes the one delivery path: 429s are waited out
// (never shorter than Retry-After), Slack's own refusals are final, and a post whose outcome is unknown
// is not repeated (it could appear twice), while a call that cannot post twice (the App Home) is.
import { afterEach, describe, expect, it } from "vitest";
import { statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { blockActions, directMessage, eventCallback, homeOpened, slashCommand } from "./payloads.ts";
import { FORM, JSON_TYPE, payloadForm } from "./signed-request.ts";

let h: Harness;
const waits: number[] = [];
afterEach(async () => {
  waits.length = 0;
  await h.close();
});

const start = (options: { commandAckBudgetMs?: number } = {}) =>
  startHarness({ ...options, sleep: async (ms) => void waits.push(ms) });
const answers = (method: string) => h.slack.callsTo(method).map((c) => c.answer);

describe("a reply met by 429", () => {
  it("in a DM arrives after the waits, each at least Retry-After", async () => {
    h = await start();
    h.reply(() => [{ type: "message", card: statusCard() }]);
    h.slack.failNext("chat.postMessage", 2, { kind: "rate-limited", retryAfterSeconds: 3 });
    await h.send(eventCallback(directMessage("status"), "EvR1"), JSON_TYPE);
    await h.adapter.settled();
    expect(answers("chat.postMessage")).toEqual(["429", "429", "ok"]);
    expect(waits).toHaveLength(2);
    for (const ms of waits) expect(ms).toBeGreaterThanOrEqual(3000);
  });

  it("to a button arrives through its response_url", async () => {
    h = await start();
    h.reply(() => [{ type: "message", card: statusCard() }]);
    h.slack.failNext("response_url", 1, { kind: "rate-limited", retryAfterSeconds: 1 });
    await h.send(payloadForm(blockActions("status", h.slack.responseUrl("b1"))), FORM);
    await h.adapter.settled();
    expect(answers("response_url")).toEqual(["429", "ok"]);
  });

  it("to a slash command that answered after its ack arrives through the response_url", async () => {
    h = await start({ commandAckBudgetMs: 20 });
    h.reply(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      return [{ type: "message", card: statusCard() }];
    });
    h.slack.failNext("response_url", 1, { kind: "rate-limited", retryAfterSeconds: 1 });
    await h.send(slashCommand("status", h.slack.responseUrl("s1")), FORM);
    await h.adapter.settled();
    expect(answers("response_url")).toEqual(["429", "ok"]);
  });
});

describe("a reply met by another failure", () => {
  it("is not repeated when Slack refused it for good", async () => {
    h = await start();
    h.reply(() => [{ type: "message", card: statusCard() }]);
    h.slack.failNext("chat.postMessage", 1, { kind: "error", error: "channel_not_found" });
    await h.send(eventCallback(directMessage("status"), "EvR2"), JSON_TYPE);
    await h.adapter.settled();
    expect(answers("chat.postMessage")).toEqual(["channel_not_found"]);
  });

  it("is not repeated after an unknown outcome when it is a post; the App Home is", async () => {
    h = await start();
    h.reply(() => [{ type: "message", card: statusCard() }]);
    h.slack.failNext("chat.postMessage", 1, { kind: "http", status: 500, afterCreating: true });
    await h.send(eventCallback(directMessage("status"), "EvR3"), JSON_TYPE);
    h.slack.failNext("views.publish", 1, { kind: "http", status: 503 });
    await h.send(eventCallback(homeOpened(), "EvR4"), JSON_TYPE);
    await h.adapter.settled();
    expect(answers("chat.postMessage")).toEqual(["500"]);
    expect(answers("views.publish")).toEqual(["503", "ok"]);
  });
});
