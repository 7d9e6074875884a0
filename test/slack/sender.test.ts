// Proactive posts (reminders): paced per channel, 429s waited out, unknown outcomes never resent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatHome } from "../../src/domain/round.ts";
import { FAKE_BOT_TOKEN } from "../fakes/slack-web-api.ts";
import { statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { BOUND_TEAM, ORG_CHANNEL } from "./payloads.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const home: ChatHome = { platform: "slack", workspace: BOUND_TEAM, channel: ORG_CHANNEL };
const KEY = "round-2026/grums/benchmarking-1/week-before";

describe("Slack sender", () => {
  it("posts the card with the outbox key as message metadata", async () => {
    const outcome = await h.adapter.sender.send(home, statusCard(), KEY);
    const [post] = h.slack.callsTo("chat.postMessage");
    expect(outcome).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+\.\d+$/) });
    expect(post?.body).toMatchObject({
      channel: ORG_CHANNEL,
      text: statusCard().summary,
      metadata: { event_type: "modellbot_reminder", event_payload: { key: KEY } },
    });
  });

  it("arrives once after two 429s in a row, having waited out both Retry-After periods", async () => {
    h.slack.failNext("chat.postMessage", 2, { kind: "rate-limited", retryAfterSeconds: 1 });
    const started = performance.now();
    const outcome = await h.adapter.sender.send(home, statusCard(), KEY);
    const posts = h.slack.callsTo("chat.postMessage");
    expect(outcome.ok).toBe(true);
    expect(posts.map((p) => p.answer)).toEqual(["429", "429", "ok"]);
    const [first, second, third] = posts.map((p) => p.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(990);
    expect(third - second).toBeGreaterThanOrEqual(990);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1980);
  });

  it("gives up, without posting, when throttled past its retry budget", async () => {
    h.slack.failNext("chat.postMessage", 10, { kind: "rate-limited", retryAfterSeconds: 120 });
    const outcome = await h.adapter.sender.send(home, statusCard(), KEY);
    expect(outcome).toEqual({ ok: false, permanent: false, ambiguous: false, error: "ratelimited" });
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth"])(
    "reports %s as permanent and does not retry",
    async (error) => {
      h.slack.failNext("chat.postMessage", 1, { kind: "error", error });
      const outcome = await h.adapter.sender.send(home, statusCard(), KEY);
      expect(outcome).toEqual({ ok: false, permanent: true, ambiguous: false, error });
      expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
    },
  );

  it("never resends a post whose outcome is unknown (connection reset after sending)", async () => {
    h.slack.failNext("chat.postMessage", 1, { kind: "reset" });
    const outcome = await h.adapter.sender.send(home, statusCard(), KEY);
    await h.adapter.settled();
    expect(outcome).toMatchObject({ ok: false, permanent: false, ambiguous: true });
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("keeps posts to one channel at least a second apart, without holding up other channels", async () => {
    const other: ChatHome = { ...home, channel: "C0KARLSTAD" };
    await Promise.all([
      h.adapter.sender.send(home, statusCard(), "k1"),
      h.adapter.sender.send(home, statusCard(), "k2"),
      h.adapter.sender.send(other, statusCard(), "k3"),
    ]);
    const at = (channel: string) =>
      h.slack
        .callsTo("chat.postMessage")
        .filter((c) => c.body.channel === channel)
        .map((c) => c.at);
    const [a, b] = at(ORG_CHANNEL) as [number, number];
    const [c] = at("C0KARLSTAD") as [number];
    expect(b - a).toBeGreaterThanOrEqual(990);
    expect(c - a).toBeLessThan(500);
  });
});

describe("finding a reminder that was already posted", () => {
  async function postOther(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      await fetch(`${h.slack.apiUrl}chat.postMessage`, {
        method: "POST",
        headers: { authorization: `Bearer ${FAKE_BOT_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({
          channel: ORG_CHANNEL,
          text: "other",
          metadata: { event_type: "modellbot_reminder", event_payload: { key: `other-${i}` } },
        }),
      });
    }
  }

  it("finds the post by its outbox key, also behind a page of newer messages", async () => {
    const sent = await h.adapter.sender.send(home, statusCard(), KEY);
    await postOther(250);
    expect(sent.ok).toBe(true);
    expect(await h.adapter.sender.findSent(home, KEY)).toBe(sent.ok ? sent.messageId : "never");
    expect(h.slack.callsTo("conversations.history").length).toBe(2);
  });

  it("finds nothing for a key that was never posted", async () => {
    await postOther(3);
    expect(await h.adapter.sender.findSent(home, "round-2026/grums/benchmarking-2/overdue")).toBeUndefined();
  });
});
