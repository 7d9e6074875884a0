// Downtime: a tick after the bot was down sends what was missed while it still matters, never later.
import { afterEach, describe, expect, it } from "vitest";
import { smallRound } from "./fakes.ts";
import { keysOf, setUp } from "./setup.ts";

const WEEK_BEFORE = ["mentor", "org-a", "org-b"].map(
  (o) => `test-round/${o}/benchmarking-1/deadline-in-7-days`,
);

describe("catching up after downtime", () => {
  let close: () => Promise<void> = async () => {};
  afterEach(() => close());

  it("sends a missed one-week reminder once when restarted before the deadline", async () => {
    const s = await setUp();
    close = s.temp.close;
    const svc = s.service();
    expect((await s.tickAt("2027-03-30T09:00:00+02:00", svc)).sent).toEqual([]);
    // Down from here across 31 March 09:00; back on Friday 2 April.
    const back = await s.tickAt("2027-04-02T14:00:00+02:00", s.service(s.store, { instanceId: "restarted" }));
    expect(keysOf(back.sent)).toEqual(
      [
        ...WEEK_BEFORE,
        "test-round/mentor/benchmarking-1/host-invitation",
        "test-round/mentor/benchmarking-1/host-invitation/project-managers",
      ].sort(),
    );
    const again = await s.tickAt("2027-04-02T14:05:00+02:00");
    expect(again.sent).toEqual([]);
    expect(s.platforms.sent.filter((m) => WEEK_BEFORE.includes(m.key))).toHaveLength(3);
  });

  it("does not send it when restarted on or after the deadline, and says it went stale", async () => {
    const s = await setUp();
    close = s.temp.close;
    const onDeadline = await s.tickAt("2027-04-07T10:00:00+02:00");
    expect(keysOf(onDeadline.skippedStale)).toEqual(WEEK_BEFORE);
    expect(keysOf(onDeadline.sent).filter((k) => k.includes("deadline-in-7-days"))).toEqual([]);
    // The deadline-day reminders and the mentor's cluster summary still go out that day.
    expect(keysOf(onDeadline.sent)).toContain("test-round/org-b/benchmarking-1/deadline-today");
    expect(keysOf(onDeadline.sent)).toContain("test-round/cluster:cluster-0/benchmarking-1/cluster-summary");
    const nextDay = await s.tickAt("2027-04-08T10:00:00+02:00");
    expect(keysOf(nextDay.sent)).toEqual(
      [
        ...["mentor", "org-a", "org-b"].map((o) => `test-round/${o}/benchmarking-1/overdue`),
        "test-round/cluster:cluster-0/benchmarking-1/late-notice",
        "test-round/cluster:cluster-0/benchmarking-1/late-notice/project-managers",
      ].sort(),
    );
    expect(s.platforms.sent.filter((m) => m.key.endsWith("deadline-in-7-days"))).toEqual([]);
  });

  it("never sends a deadline-day reminder after that day, nor an overdue one days later", async () => {
    const s = await setUp();
    close = s.temp.close;
    const late = await s.tickAt("2027-04-13T09:00:00+02:00");
    const presentationReminders = (keys: string[]) =>
      keys.filter((k) => /benchmarking-1\/(deadline|overdue)/.test(k));
    expect(presentationReminders(keysOf(late.sent))).toEqual([]);
    expect(keysOf(late.skippedStale)).toContain("test-round/org-a/benchmarking-1/deadline-today");
    expect(keysOf(late.skippedStale)).toContain("test-round/org-a/benchmarking-1/overdue");
  });

  it("sends a missed host invitation until the day before the meeting, not on the day", async () => {
    const s = await setUp();
    close = s.temp.close;
    const onTheDay = await s.tickAt("2027-04-14T08:00:00+02:00");
    expect(keysOf(onTheDay.skippedStale)).toContain("test-round/mentor/benchmarking-1/host-invitation");
    expect(keysOf(onTheDay.sent)).toEqual([]);
    const other = await setUp();
    const dayBefore = await other.tickAt("2027-04-13T17:00:00+02:00");
    expect(keysOf(dayBefore.sent)).toContain("test-round/mentor/benchmarking-1/host-invitation");
    await other.temp.close();
  });

  it("sends only the newest reminder per organisation and meeting after downtime across two reminder instants", async () => {
    // Meeting on Saturday 17 April: the deadline (Saturday 10 April) moves the deadline-day reminder
    // back to Friday 9 April, while the one-week reminder (Friday 2 April) stays relevant until then.
    const round = smallRound();
    const cluster = round.clusters[0];
    if (!cluster?.meetings[0]) throw new Error("small round without meetings");
    cluster.meetings[0].date = "2027-04-17";
    const s = await setUp({ round });
    close = s.temp.close;
    expect((await s.tickAt("2027-04-01T10:00:00+02:00")).sent).toEqual([]);
    // Down across 2 April 09:00 and 9 April 09:00; back on 9 April at 10:00.
    const back = await s.tickAt("2027-04-09T10:00:00+02:00", s.service(s.store, { instanceId: "restarted" }));
    const reminders = keysOf(back.sent).filter((k) => /\/benchmarking-1\/(deadline|overdue)/.test(k));
    expect(reminders).toEqual(
      ["mentor", "org-a", "org-b"].map((o) => `test-round/${o}/benchmarking-1/deadline-today`),
    );
    for (const o of ["mentor", "org-a", "org-b"])
      expect(keysOf(back.skippedStale)).toContain(`test-round/${o}/benchmarking-1/deadline-in-7-days`);
    // A later tick that day does not send the older one either.
    const later = await s.tickAt("2027-04-09T15:00:00+02:00");
    expect(keysOf(later.sent)).toEqual([]);
    expect(s.platforms.sent.filter((m) => m.key.endsWith("deadline-in-7-days"))).toEqual([]);
  });
});
