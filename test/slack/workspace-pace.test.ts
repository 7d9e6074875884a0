// Issue #16: every post is paced per channel *and* per workspace. Slack keeps a workspace-wide limit on
// chat.postMessage besides one a second per channel (https://api.slack.com/apis/rate-limits); before this,
// a fan-out to many channels of one workspace left all at once. Reminders and replies share the pace.
import { afterEach, describe, expect, it } from "vitest";
import type { ChatHome } from "../../src/domain/round.ts";
import { statusCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { BOUND_TEAM, directMessage, eventCallback, UNBOUND_TEAM } from "./payloads.ts";
import { JSON_TYPE } from "./signed-request.ts";

let h: Harness;
afterEach(() => h.close());

/** 120 a minute: one post every 500 ms per workspace. */
const PER_MINUTE = 120;
const home = (workspace: string, channel: string): ChatHome => ({ platform: "slack", workspace, channel });
const arrivals = (channels: string[]) =>
  h.slack
    .callsTo("chat.postMessage")
    .filter((c) => channels.includes(String(c.body.channel)))
    .map((c) => c.at)
    .sort((a, b) => a - b);

describe("the workspace pace", () => {
  it("spaces posts to different channels of one workspace, and holds up no other workspace", async () => {
    h = await startHarness({ workspacePostsPerMinute: PER_MINUTE });
    const mine = ["C0GRUMS", "C0KARLSTAD", "C0KRAMFORS", "C0VAXHOLM"];
    await Promise.all([
      ...mine.map((channel, i) => h.adapter.sender.send(home(BOUND_TEAM, channel), statusCard(), `k${i}`)),
      h.adapter.sender.send(home(UNBOUND_TEAM, "C0ELSEWHERE"), statusCard(), "other"),
    ]);
    const times = arrivals(mine);
    expect(times).toHaveLength(4);
    // They leave 500 ms apart; a connection's set-up may shift an arrival by a few milliseconds.
    for (let i = 1; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(400);
    }
    expect((times[3] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1400);
    const [elsewhere] = arrivals(["C0ELSEWHERE"]);
    expect((elsewhere ?? 0) - (times[0] ?? 0)).toBeLessThan(300);
  });

  it("counts a reply together with the reminders of its workspace", async () => {
    h = await startHarness({ workspacePostsPerMinute: PER_MINUTE });
    h.reply(() => [{ type: "message", card: statusCard() }]);
    const reminder = h.adapter.sender.send(home(BOUND_TEAM, "C0KARLSTAD"), statusCard(), "k1");
    await h.send(eventCallback(directMessage("status"), "EvPace1"), JSON_TYPE);
    await reminder;
    await h.adapter.settled();
    const [first, second] = arrivals(["C0KARLSTAD", "D0ANNA"]);
    expect(second).toBeDefined();
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(400);
  });
});
