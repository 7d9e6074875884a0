// The engine's notices to the project managers go through the outbox: once per key, ever, to their home;
// a notice that cannot be sent never turns a person's refusal into an error.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { noticeCard } from "../../cards/notice.ts";
import type { ChannelSender } from "../../src/delivery/sender-port.ts";
import type { ChatHome, Round } from "../../src/domain/round.ts";
import { Engine } from "../../src/engine/engine.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { createProjectManagerAlerts } from "../../src/scheduler/project-manager-alerts.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";
import { EXAMPLE } from "../engine/harness.ts";

let dir: string;
let store: Store;
let round: Round;
let posted: { home: ChatHome; key: string; text: string }[];
const errors: string[] = [];
const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m: string) => void errors.push(m) };
const sender: ChannelSender = {
  platform: "slack",
  async send(home, card, key, options) {
    // As a real sender: the outbox claim is taken when the post is handed to the platform.
    if (options?.handOff && !(await options.handOff()))
      return { ok: false, permanent: false, ambiguous: false, error: "taken" };
    posted.push({ home, key, text: JSON.stringify(card) });
    return { ok: true, messageId: `m${posted.length}` };
  },
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-alerts-"));
  store = await openStore({ dataDir: dir });
  const loaded = await loadRoundFile(EXAMPLE);
  if (!loaded.ok) throw new Error("example round invalid");
  round = loaded.round;
  await store.saveRound(round);
  posted = [];
  errors.length = 0;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("notices to the project managers", () => {
  const now = new Date("2027-03-10T09:00:00Z");
  const card = noticeCard({ title: "t", text: "x" });

  it("go to the project managers' home once per key", async () => {
    const alerts = createProjectManagerAlerts({
      store,
      senders: { slack: sender },
      instanceId: "i1",
      logger,
    });
    await alerts.tell(round, "alert:a", card, now);
    await alerts.tell(round, "alert:a", card, now);
    await alerts.tell(round, "alert:b", card, now);
    expect(posted.map((p) => [p.home.channel, p.key])).toEqual([
      ["C08PM4SKR2A", "alert:a"],
      ["C08PM4SKR2A", "alert:b"],
    ]);
    expect((await store.getOutbox("alert:a"))?.state).toBe("sent");
  });

  it("never throw: a sender that fails, or a round with no project managers' home, is logged", async () => {
    const failing: ChannelSender = {
      platform: "slack",
      send: async () => {
        throw new Error("boom");
      },
    };
    const alerts = createProjectManagerAlerts({
      store,
      senders: { slack: failing },
      instanceId: "i1",
      logger,
    });
    await expect(alerts.tell(round, "alert:c", card, now)).resolves.toBeUndefined();
    const homeless = { ...round, projectManagerHome: undefined };
    await expect(alerts.tell(homeless, "alert:d", card, now)).resolves.toBeUndefined();
    expect(errors.some((e) => e.includes("no project managers' home"))).toBe(true);
  });

  it("reach the project managers' channel when a forged address is refused, with the engine", async () => {
    const alerts = createProjectManagerAlerts({
      store,
      senders: { slack: sender },
      instanceId: "i1",
      logger,
    });
    const loaded = await loadRoundFile(EXAMPLE);
    if (!loaded.ok) throw new Error("example round invalid");
    const engine = new Engine({
      store,
      checklists: new Map([[loaded.checklist.id, loaded.checklist]]),
      newNonce: () => "n",
      alerts,
    });
    const forged = (i: number) => ({
      type: "command" as const,
      text: "status",
      platform: "slack" as const,
      workspace: "T06HX9RM4PB",
      channel: "C07B3ZP5W1M",
      user: { id: "U06FAKESARA", email: "sara.holm@skr.example", workspace: "T06HX9RM4PB" },
      eventId: `e${i}`,
    });
    for (let i = 0; i < 5; i++) await engine.handle(forged(i), now);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.home.channel).toBe("C08PM4SKR2A");
    expect(posted[0]?.text).toContain("U06FAKESARA");
    expect(posted[0]?.text).toContain("sara.holm@skr.example");
  });
});
