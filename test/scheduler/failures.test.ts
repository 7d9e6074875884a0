// Failures: a permanent refusal is recorded once, breaks the channel and tells the project managers once;
// an unknown outcome gets one more try after a delay (Slack: only if the channel does not have it); a
// transient failure is tried again a bounded number of times.
import { afterEach, describe, expect, it } from "vitest";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { AMBIGUOUS_RETRY_DELAY_MS, MAX_ATTEMPTS } from "../../src/scheduler/outbox-failure.ts";
import { DEFAULT_LEASE_MS } from "../../src/scheduler/reminder-service.ts";
import { setUp } from "./setup.ts";

const ORG_A = "C0ORGA001";
const WEEK_BEFORE_A = "test-round/org-a/benchmarking-1/deadline-in-7-days";
const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs).toISOString();

describe("delivery failures", () => {
  let close: () => Promise<void> = async () => {};
  afterEach(() => close());

  it("records a permanent failure once, marks the channel broken, tells the project managers once, and stops", async () => {
    const s = await setUp();
    close = s.temp.close;
    s.platforms.slack.refuse(ORG_A, {
      ok: false,
      permanent: true,
      ambiguous: false,
      error: "channel_not_found",
    });
    const first = await s.tickAt("2027-03-31T09:00:00+02:00");
    expect(first.failed.map((f) => [f.key, f.error])).toEqual([
      [WEEK_BEFORE_A, "permanent: channel_not_found"],
    ]);
    expect((await s.store.getOutbox(WEEK_BEFORE_A))?.state).toBe("failed");
    expect((await s.store.findBinding("slack", "T0ORGA001", ORG_A))?.broken?.reason).toBe(
      "channel_not_found",
    );
    const pmTitle = schedulerStrings("sv").brokenChannel.title;
    const notices = () =>
      s.platforms.sent.filter((m) => m.home.channel === "C0PROJECTS" && m.card.title === pmTitle);
    expect(notices()).toHaveLength(1);
    expect(JSON.stringify(notices()[0]?.card)).toContain("org-a kommun");

    // Later ticks, the same day and on the deadline: nothing more is tried in the broken channel.
    for (const instant of [
      "2027-03-31T09:05:00+02:00",
      "2027-04-01T09:00:00+02:00",
      "2027-04-07T09:00:00+02:00",
      "2027-04-07T09:05:00+02:00",
    ]) {
      const report = await s.tickAt(instant);
      for (const line of report.failed) expect(line.error).toBe("no usable chat home");
    }
    expect(s.platforms.attempts.filter((a) => a.endsWith(ORG_A))).toHaveLength(1);
    expect(notices()).toHaveLength(1);
    expect(await s.store.getOutbox("test-round/org-a/benchmarking-1/deadline-today")).toBeUndefined();
  });

  it("sends to a working channel bound later, while the reminder still matters", async () => {
    const s = await setUp();
    close = s.temp.close;
    s.platforms.slack.refuse(ORG_A, { ok: false, permanent: true, ambiguous: false, error: "is_archived" });
    await s.tickAt("2027-03-31T09:00:00+02:00");
    await s.store.saveBinding({
      platform: "slack",
      workspace: "T0ORGA001",
      channel: "C0ORGANEW",
      roundId: "test-round",
      organisationId: "org-a",
      boundAt: at("2027-04-02T10:00:00+02:00"),
    });
    const report = await s.tickAt("2027-04-07T09:00:00+02:00");
    const toA = report.sent.filter((l) => l.organisationId === "org-a");
    expect(toA.map((l) => [l.key, l.home?.channel])).toEqual([
      ["test-round/org-a/benchmarking-1/deadline-today", "C0ORGANEW"],
    ]);
  });

  it("checks a Slack post of unknown outcome in the channel once after a delay: sends it only if it is not there", async () => {
    const s = await setUp();
    close = s.temp.close;
    const timeout = { ok: false, permanent: false, ambiguous: true, error: "timeout after sending" } as const;
    s.platforms.slack.refuse(ORG_A, timeout);
    await s.tickAt("2027-03-31T09:00:00+02:00");
    s.platforms.accept(ORG_A);
    // Within the delay nothing is tried; after it, the channel is read back, the post is not there: sent.
    await s.tickAt(at("2027-03-31T09:00:00+02:00", AMBIGUOUS_RETRY_DELAY_MS / 2));
    for (let i = 1; i <= 6; i++) await s.tickAt(at("2027-03-31T09:00:00+02:00", i * DEFAULT_LEASE_MS));
    expect(s.platforms.attempts.filter((a) => a.startsWith(WEEK_BEFORE_A))).toHaveLength(2);
    expect(s.platforms.sent.filter((m) => m.key === WEEK_BEFORE_A)).toHaveLength(1);
    expect((await s.store.getOutbox(WEEK_BEFORE_A))?.state).toBe("sent");
  });

  it("resends a Teams post of unknown outcome once after a delay, never more, and tells the project managers if it stays unknown", async () => {
    const s = await setUp({ lookup: ["slack"] });
    close = s.temp.close;
    const ORG_B = "19:orgb@thread.tacv2";
    const WEEK_BEFORE_B = "test-round/org-b/benchmarking-1/deadline-in-7-days";
    const timeout = { ok: false, permanent: false, ambiguous: true, error: "HTTP 504" } as const;
    s.platforms.teams.refuse(ORG_B, timeout);
    for (let i = 0; i <= 6; i++) await s.tickAt(at("2027-03-31T09:00:00+02:00", i * DEFAULT_LEASE_MS));
    expect(s.platforms.attempts.filter((a) => a.startsWith(WEEK_BEFORE_B))).toHaveLength(2);
    expect((await s.store.getOutbox(WEEK_BEFORE_B))?.failure).toMatchObject({
      class: "ambiguous",
      attempts: 2,
    });
    expect((await s.store.getOutbox(WEEK_BEFORE_B))?.failure?.error).toMatch(/^HTTP 504/);
    const told = schedulerStrings("sv").unknownOutcome.title;
    expect(s.platforms.sent.filter((m) => m.card.title === told).map((m) => m.home.channel)).toEqual([
      "C0PROJECTS",
    ]);
  });

  it("tries a transient failure again on a later tick, a bounded number of times", async () => {
    const s = await setUp();
    close = s.temp.close;
    s.platforms.slack.refuse(ORG_A, { ok: false, permanent: false, ambiguous: false, error: "rate_limited" });
    for (let i = 0; i < 8; i++) await s.tickAt(at("2027-03-31T09:00:00+02:00", i * DEFAULT_LEASE_MS));
    expect(s.platforms.attempts.filter((a) => a.startsWith(WEEK_BEFORE_A))).toHaveLength(MAX_ATTEMPTS);
    expect((await s.store.getOutbox(WEEK_BEFORE_A))?.failure).toEqual({
      class: "transient",
      attempts: MAX_ATTEMPTS,
      error: "rate_limited",
    });

    const other = await setUp();
    other.platforms.slack.refuse(ORG_A, {
      ok: false,
      permanent: false,
      ambiguous: false,
      error: "rate_limited",
    });
    await other.tickAt("2027-03-31T09:00:00+02:00");
    other.platforms.accept(ORG_A);
    const retry = await other.tickAt("2027-03-31T09:05:00+02:00");
    expect(retry.sent.map((l) => l.key)).toEqual([WEEK_BEFORE_A]);
    expect((await other.store.getOutbox(WEEK_BEFORE_A))?.state).toBe("sent");
    await other.temp.close();
  });
});
