// Every request to the Bot Connector goes out once: botbuilder's client would otherwise retry 429, 5xx and
// resets on its own (3 more tries, Retry-After waited out however long), and a 500 that had created the
// post would show the reminder twice. The retries that do happen are ours (send-with-retry.ts), counted here.
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
