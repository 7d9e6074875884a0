// A shutdown waits for a reminder tick in progress before the store is closed: a reminder being sent is
// recorded, not cut off half-way.
import { afterEach, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import type { ChannelSender } from "../../src/delivery/sender-port.ts";
import type { ChatHome } from "../../src/domain/round.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import { exampleRound, logger, type TempStore, tempStore } from "./fakes.ts";

let temp: TempStore | undefined;
afterEach(async () => temp?.close());

describe("stopping during a tick", () => {
  it("waits until the tick's posts are answered and recorded", async () => {
    temp = await tempStore();
    const { round, checklists } = await exampleRound();
    await temp.store.saveRound(round);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const posted: string[] = [];
    const slow = (platform: "slack" | "teams"): ChannelSender => ({
      platform,
      async send(_home: ChatHome, _card: Card, key: string) {
        await held;
        posted.push(key);
        return { ok: true, messageId: key };
      },
    });
    const service = createReminderService({
      store: temp.store,
      senders: { slack: slow("slack"), teams: slow("teams") },
      checklists,
      logger: logger(),
      instanceId: "shutdown-test",
    });
    const tick = service.tick(new Date("2027-03-22T08:05:00Z"));
    let idle = false;
    const stopping = service.idle().then(() => {
      idle = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(idle).toBe(false);
    release();
    await stopping;
    const report = await tick;
    expect(report.sent.length).toBeGreaterThan(0);
    expect(posted).toHaveLength(report.sent.length);
    const sent = await temp.store.listOutbox({ state: "sent" });
    expect(sent).toHaveLength(report.sent.length);
  });
});
