// The proactive sender the scheduler uses: where posts go, and what 429, 403, 404, 5xx and timeouts do.
import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatHome } from "../../src/domain/round.ts";
import { CHANNEL, channelMention, TENANT } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ requestTimeoutMs: 300 });
});
afterEach(async () => h.stop());

const home: ChatHome = { platform: "teams", workspace: TENANT, channel: CHANNEL };
const reminder = textCard("reminder", "Påminnelse / Reminder", "Presentationen ska publiceras om en vecka");
const posts = () => h.connector.requests.filter((r) => r.startsWith("POST"));

describe("a proactive post", () => {
  it("goes to the channel named in the round file before any activity has arrived", async () => {
    const outcome = await h.adapter.sender.send(home, reminder, "r2025/karlstad/benchmarking-1/week-before");

    expect(outcome).toEqual({ ok: true, messageId: "activity-1" });
    expect(h.connector.activities).toEqual([
      expect.objectContaining({ conversationId: CHANNEL, replyToId: undefined }),
    ]);
    expect(h.connector.activities[0]?.activity).toMatchObject({
      text: reminder.summary,
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive" }],
    });
  });

  it("uses the reference stored from the channel's latest activity", async () => {
    await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "3001", text: "status" }));
    const stored = await h.store.getConversationReference("teams", TENANT, CHANNEL);
    // A stored reference that points elsewhere would not reach the fake: prove it is the one used.
    const other = await startHarness();
    await other.store.saveConversationReference(
      "teams",
      TENANT,
      CHANNEL,
      stored?.reference,
      "2025-03-03T08:00:00Z",
    );
    const outcome = await other.adapter.sender.send(home, reminder, "k");
    await other.stop();

    expect(outcome.ok).toBe(true);
    expect(h.connector.activities.map((a) => a.conversationId)).toEqual([CHANNEL]);
  });

  it("met by 429 then 200 arrives once, after waiting at least Retry-After", async () => {
    h.connector.failNext(1, { status: 429, retryAfterSeconds: 2 });
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome.ok).toBe(true);
    expect(posts()).toHaveLength(2);
    expect(h.connector.activities).toHaveLength(1);
    expect(h.sleeps[0]).toBeGreaterThanOrEqual(2000);
  });

  it("met by 403 is permanent and not retried", async () => {
    h.connector.failNext(1, { status: 403 });
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, permanent: true, ambiguous: false });
    expect(posts()).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
  });

  it("met by 404 is permanent and not retried", async () => {
    h.connector.failNext(1, { status: 404 });
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, permanent: true });
    expect(posts()).toHaveLength(1);
  });

  it("gives up after a bounded number of tries when the gateway keeps failing", async () => {
    h.connector.failNext(10, { status: 502 });
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, permanent: false, ambiguous: false });
    expect(posts()).toHaveLength(4);
    expect(h.sleeps).toHaveLength(3);
    expect(h.connector.activities).toEqual([]);
  });

  it("is not resent after a timeout, and says the outcome is unknown", async () => {
    h.connector.failNext(1, "hang");
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, permanent: false, ambiguous: true });
    expect(posts()).toHaveLength(1);
  });

  it("spreads a burst to one channel to at most 7 posts a second", async () => {
    for (let i = 0; i < 8; i++) await h.adapter.sender.send(home, reminder, `k${i}`);

    expect(h.connector.activities).toHaveLength(8);
    // Seven go at once; the eighth waits out the window (a second, plus the margin for posts held up on the way).
    expect(h.sleeps).toEqual([1100]);
  });
});

// Every request to the Bot Connector goes out once: botbuilder's client would otherwise retry 429, 5xx and
// resets on its own (3 more tries, Retry-After waited out however long), and a 500 that had created the
// post would show the reminder twice. The retries that do happen are ours (send-with-retry.ts), counted here.
describe("a post to the Bot Connector", () => {
  it("answered 500 after the post was created is not sent again, and its outcome is unknown", async () => {
    h.connector.failNext(1, { status: 500, afterCreating: true });
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, ambiguous: true });
    expect(posts()).toHaveLength(1);
    expect(h.connector.activities).toHaveLength(1);
  });

  it("answered 503 is retried by our sender only, after its own wait", async () => {
    h.connector.failNext(1, { status: 503 });
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: true });
    expect(posts()).toHaveLength(2);
    expect(h.sleeps).toHaveLength(1);
    expect(h.connector.activities).toHaveLength(1);
  });

  it("with a Retry-After longer than the sender waits is given up at once, not waited out", async () => {
    h.connector.failNext(1, { status: 429, retryAfterSeconds: 3600 });
    const started = Date.now();
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, ambiguous: false });
    expect(posts()).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("that gets no answer fails within the deadline", async () => {
    h.connector.failNext(1, "hang");
    const started = Date.now();
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, ambiguous: true });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(posts()).toHaveLength(1);
  });
});

describe("a Bot Connector that refuses connections", () => {
  it("is a failure to retry later: the post never left", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    await h.post(channelMention({ serviceUrl: `http://127.0.0.1:${port}/`, id: "1", text: "status" }));
    h.connector.requests.length = 0;
    const outcome = await h.adapter.sender.send(home, reminder, "k");

    expect(outcome).toMatchObject({ ok: false, ambiguous: false });
  });
});
