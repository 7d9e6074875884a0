// Claims left behind by an instance that stopped mid-send: taken over after the lease, resolved once
// (Slack: looked up by the post's metadata; Teams: resent once).
import { afterEach, expect, it } from "vitest";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { DEFAULT_LEASE_MS } from "../../src/scheduler/reminder-service.ts";
import { setUp } from "./setup.ts";

const DUE = "2027-03-31T09:00:00+02:00";
const later = (ms: number) => new Date(Date.parse(DUE) + ms).toISOString();
const key = (org: string) => `test-round/${org}/benchmarking-1/deadline-in-7-days`;

async function stoppedMidSend(s: Awaited<ReturnType<typeof setUp>>, org: string) {
  await s.store.claimOutbox({
    key: key(org),
    roundId: "test-round",
    organisationId: org,
    meeting: "benchmarking-1",
    kind: "deadline-in-7-days",
    claimedBy: "stopped",
    claimedAt: DUE,
  });
}

let close: () => Promise<void> = async () => {};
afterEach(() => close());

it("leaves a claim alone until its lease has passed, then resolves each exactly once", async () => {
  const s = await setUp({ lookup: ["slack"] });
  close = s.temp.close;
  await stoppedMidSend(s, "mentor"); // Slack, and the stopped instance's post had arrived.
  await stoppedMidSend(s, "org-a"); // Slack, the post never left.
  await stoppedMidSend(s, "org-b"); // Teams: cannot be looked up.
  const mentorHome = s.round.organisations[0]?.home;
  if (!mentorHome) throw new Error("the small round has homes");
  await s.platforms.slack.send(
    mentorHome,
    { kind: "reminder", title: "from the stopped instance", summary: "", blocks: [] },
    key("mentor"),
  );

  const early = await s.tickAt(later(DEFAULT_LEASE_MS / 2));
  expect(early.sent.map((l) => l.key)).not.toContain(key("org-a"));
  expect((await s.store.getOutbox(key("org-a")))?.state).toBe("claimed");

  const afterLease = await s.tickAt(later(DEFAULT_LEASE_MS));
  const sent = afterLease.sent.filter((l) => l.key.endsWith("deadline-in-7-days"));
  expect(sent.map((l) => [l.key, l.recovered ?? false])).toEqual(
    expect.arrayContaining([
      [key("mentor"), true],
      [key("org-a"), false],
    ]),
  );
  // Teams cannot be read back: resent once, so that it is never lost (at worst it arrives twice).
  expect(sent.map((l) => l.key)).toContain(key("org-b"));
  expect(afterLease.failed).toEqual([]);

  for (let i = 2; i < 6; i++) await s.tickAt(later(i * DEFAULT_LEASE_MS));
  const posts = (org: string) => s.platforms.sent.filter((m) => m.key === key(org)).length;
  expect([posts("mentor"), posts("org-a"), posts("org-b")]).toEqual([1, 1, 1]);
  const pm = schedulerStrings("sv").unknownOutcome.title;
  expect(s.platforms.sent.filter((m) => m.card.title === pm)).toHaveLength(0);
  for (const org of ["mentor", "org-a", "org-b"])
    expect((await s.store.getOutbox(key(org)))?.state).toBe("sent");
});

it("lets only one of two instances take over an abandoned claim", async () => {
  const s = await setUp({ lookup: ["slack"] });
  close = s.temp.close;
  await stoppedMidSend(s, "org-a");
  const instant = later(DEFAULT_LEASE_MS + 60_000);
  s.clock.set(new Date(instant));
  const one = s.service(s.store, { instanceId: "one" });
  const two = s.service(s.store, { instanceId: "two" });
  await Promise.all([one.tick(new Date(instant)), two.tick(new Date(instant))]);
  expect(s.platforms.sent.filter((m) => m.key === key("org-a"))).toHaveLength(1);
});
