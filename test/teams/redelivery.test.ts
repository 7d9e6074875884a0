// Teams re-sends an activity when the bot is slow: a button press or message is handled once per activity
// id, and one whose handling failed is handled when it comes again, so nothing a user sent is lost.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundEvent, Reply } from "../../src/engine/events.ts";
import { cardAction, personalMessage } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.engine.answer = () => [{ type: "message", card: textCard("status", "Status", "Klustret / The cluster") }];
});
afterEach(async () => h.stop());

const statusButton = () =>
  cardAction({
    serviceUrl: h.connector.serviceUrl,
    id: "f:6100",
    verb: "command",
    data: { command: "status" },
    replyToId: "1800",
  });

/** Throws on the first event, answers from then on: a bug or an outage that passes. */
function failingOnce(): (event: InboundEvent) => Reply[] {
  let calls = 0;
  return () => {
    calls += 1;
    if (calls === 1) throw new Error("store unavailable");
    return [{ type: "message", card: textCard("status", "Status", "Klustret / The cluster") }];
  };
}

describe("a button press that Teams sends three times", () => {
  it("is handled and answered in the conversation once", async () => {
    const responses = [
      await h.post(statusButton()),
      await h.post(statusButton()),
      await h.post(statusButton()),
    ];

    expect(h.engine.events).toHaveLength(1);
    expect(h.connector.activities.map((a) => a.activity.text)).toEqual(["Klustret / The cluster"]);
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    }
  });
});

describe("an activity whose handling failed", () => {
  it("is handled when Teams sends the message again", async () => {
    h.engine.answer = failingOnce();
    const message = personalMessage({ serviceUrl: h.connector.serviceUrl, id: "6200", text: "status" });
    await h.post(message);
    expect(h.connector.activities).toEqual([]);
    await h.post(message);

    expect(h.engine.events).toHaveLength(2);
    expect(h.connector.activities.map((a) => a.activity.text)).toEqual(["Klustret / The cluster"]);
    expect(h.store.writes).toContain("forget teams:6200");
  });

  it("is handled when Teams sends the button press again, and then only once", async () => {
    h.engine.answer = failingOnce();
    const failed = await h.post(statusButton());
    await h.post(statusButton());
    await h.post(statusButton());

    expect(JSON.stringify(failed.body)).toContain("Något gick fel");
    expect(h.engine.events).toHaveLength(2);
    expect(h.connector.activities.map((a) => a.activity.text)).toEqual(["Klustret / The cluster"]);
  });

  it("is not forgotten when it succeeded, even if its reply could not be posted", async () => {
    h.connector.failNext(10, { status: 403 });
    const message = personalMessage({ serviceUrl: h.connector.serviceUrl, id: "6300", text: "status" });
    await h.post(message);
    await h.post(message);

    expect(h.engine.events).toHaveLength(1);
    expect(h.store.writes.filter((w) => w.startsWith("forget"))).toEqual([]);
  });
});
