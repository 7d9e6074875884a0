// Issue #16, failure 2: the Microsoft token endpoint is unreachable. Before, every Teams reminder was
// marked "ambiguous" (never retried) and nobody was told. Now a token that cannot be had means the post
// never left: the reminder is tried again with growing pauses while it still matters, arrives once the
// endpoint is back, and if it never is, the project managers are told once which messages did not arrive.
import { afterEach, expect, it } from "vitest";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { realSenders } from "./real-senders.ts";

const DUE = "2027-03-31T09:00:00+02:00";
const after = (minutes: number) => new Date(Date.parse(DUE) + minutes * 60_000).toISOString();
const KEY = "test-round/org-b/benchmarking-1/deadline-in-7-days";
const TEAMS_CHANNEL = "19:orgb@thread.tacv2";

let env: Awaited<ReturnType<typeof realSenders>>;
afterEach(() => env.close());

const teamsPosts = () => env.connector.activities.filter((a) => a.conversationId === TEAMS_CHANNEL);
const notices = () =>
  env.slack
    .callsTo("chat.postMessage")
    .filter(
      (c) => c.body.channel === "C0PROJECTS" && c.body.text === schedulerStrings("sv").undelivered.summary(1),
    );

it("retries with growing pauses and delivers the reminder once the endpoint is back", async () => {
  env = await realSenders({ teamsWithToken: true });
  env.connector.setTokenEndpointDown(true);
  const minutes = [0, 0.5, 1, 2, 3, 5, 10, 15, 20, 30];
  for (const m of minutes) await env.tickAt(after(m));
  const failure = (await env.store.getOutbox(KEY))?.failure ?? { class: "none", attempts: 0 };
  // Tried at 0, 1, 3 (after 2), 10 (after 4 more, at the next tick), 20 (after 8 …): fewer than the ticks.
  expect(failure.class).toBe("unavailable");
  expect(failure.attempts).toBeGreaterThan(2);
  expect(failure.attempts).toBeLessThan(minutes.length);
  expect(teamsPosts()).toHaveLength(0);

  env.connector.setTokenEndpointDown(false);
  for (const m of [60, 120, 180]) await env.tickAt(after(m));
  expect(teamsPosts()).toHaveLength(1);
  expect((await env.store.getOutbox(KEY))?.state).toBe("sent");
  expect(teamsPosts()[0]?.activity).toMatchObject({ type: "message" });
  expect(notices()).toHaveLength(0);
});

it("tells the project managers once, naming the reminder, when it went stale undelivered", async () => {
  env = await realSenders({ teamsWithToken: true });
  env.connector.setTokenEndpointDown(true);
  // Every half hour for a week: the reminder matters until the day before the deadline (6 April).
  for (let m = 0; m <= 7 * 24 * 60; m += 30) await env.tickAt(after(m));
  expect(teamsPosts()).toHaveLength(0);
  const told = notices();
  console.log(
    `token endpoint down: ${env.connector.tokenRequests} token requests over a week of half-hourly ticks, ${told.length} notice`,
  );
  expect(told).toHaveLength(1);
  const text = JSON.stringify(told[0]?.body.blocks);
  expect(text).toContain("Teams");
  expect(text).toContain("deadline-in-7-days (benchmarking-1, 2027-04-07)");
  expect((await env.store.getOutbox(KEY))?.failure?.class).toBe("closed");
});
