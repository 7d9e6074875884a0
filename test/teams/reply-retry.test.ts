// Issue #16, failure 4, on Teams: replies in a conversation (a message's answer, a button's answer, a
// private reply in the personal chat) take the same path as reminders: paced per conversation and tenant,
// 429/412/502/503 waited out (never shorter than Retry-After), 401/403/404/413 not repeated.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardAction, channelMention } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.engine.answer = () => [{ type: "message", card: textCard("status", "Läge", "Klustrets läge") }];
});
afterEach(async () => h.stop());

const posts = () => h.connector.requests.filter((r) => r.startsWith("POST"));

describe("a Teams reply", () => {
  it("met by 429 arrives once after waiting at least Retry-After", async () => {
    h.connector.failNext(2, { status: 429, retryAfterSeconds: 2 }, "POST");
    const response = await h.post(
      channelMention({ serviceUrl: h.connector.serviceUrl, id: "r-1", text: "status" }),
    );
    expect(response.status).toBe(200);
    expect(posts()).toHaveLength(3);
    expect(h.connector.activities).toHaveLength(1);
    expect(h.sleeps.filter((ms) => ms >= 2000)).toHaveLength(2);
  });

  it("to a button met by 412 and 502 arrives", async () => {
    h.connector.failNext(1, { status: 412 }, "POST");
    h.connector.failNext(1, { status: 502 }, "POST");
    await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "r-2",
        verb: "command",
        data: { command: "status" },
        replyToId: "m-1",
      }),
    );
    expect(posts()).toHaveLength(3);
    expect(h.connector.activities).toHaveLength(1);
  });

  it("met by 403 or 413 is not repeated", async () => {
    h.connector.failNext(1, { status: 413 }, "POST");
    await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "r-3", text: "status" }));
    expect(posts()).toHaveLength(1);
    expect(h.connector.activities).toHaveLength(0);
    expect(h.logs.some((l) => l.includes("reply not delivered") && l.includes("413"))).toBe(true);
  });
});
