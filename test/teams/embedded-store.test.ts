// The same path with the real embedded store: a message's reference is kept, and the scheduler's post uses it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { CHANNEL, channelMention, FOREIGN_TENANT, round, TENANT } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let store: Store;
let h: Harness;

beforeEach(async () => {
  store = await openEmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), "teams-store-")) });
  await store.saveRound(round());
  h = await startHarness({ store });
});
afterEach(async () => {
  await h.stop();
  await store.close();
});

it("keeps the channel's reference from a message and posts the reminder through it", async () => {
  await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "4401", text: "status" }));
  const stored = await store.getConversationReference("teams", TENANT, CHANNEL);
  const outcome = await h.adapter.sender.send(
    { platform: "teams", workspace: TENANT, channel: CHANNEL },
    textCard("reminder", "Påminnelse / Reminder", "Presentationen ska publiceras / Publish the presentation"),
    "r2025/karlstad/benchmarking-1/week-before",
  );

  expect(stored?.reference).toMatchObject({
    serviceUrl: h.connector.serviceUrl,
    conversation: { id: CHANNEL },
  });
  expect(outcome.ok).toBe(true);
  expect(h.connector.activities.map((a) => a.conversationId)).toEqual([CHANNEL]);
});

it("stores nothing for a foreign tenant's message", async () => {
  await h.post(
    channelMention({
      serviceUrl: h.connector.serviceUrl,
      id: "4402",
      text: "status",
      tenant: FOREIGN_TENANT,
    }),
  );

  expect(await store.getConversationReference("teams", FOREIGN_TENANT, CHANNEL)).toBeUndefined();
  expect(await store.rememberEvent("teams:4402", "2025-03-03T08:00:00Z", "2025-03-04T08:00:00Z")).toBe(true);
  expect(h.connector.requests).toEqual([]);
});

it("handles a message again when Teams re-sends it after the engine failed", async () => {
  let calls = 0;
  h.engine.answer = () => {
    calls += 1;
    if (calls === 1) throw new Error("engine bug");
    return [{ type: "message", card: textCard("status", "Status", "Svar / Answer") }];
  };
  const message = channelMention({ serviceUrl: h.connector.serviceUrl, id: "4403", text: "status" });
  await h.post(message);
  await h.post(message);
  await h.post(message);

  expect(h.engine.events).toHaveLength(2);
  expect(h.connector.activities.map((a) => a.activity.text)).toEqual(["Svar / Answer"]);
});
