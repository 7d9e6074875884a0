// Issue #16: a notice to the project managers whose own post met an unknown outcome (a 5xx, a timeout)
// was left failed: never checked, never resent, so the one message that tells a person about a lost
// reminder could itself be lost. Notices now follow the reminders' rule: after the delay, Slack reads the
// project managers' channel back for the notice's key and resends only when it is not there.
import { afterEach, expect, it } from "vitest";
import { AMBIGUOUS_RETRY_DELAY_MS } from "../../src/scheduler/outbox-failure.ts";
import { realSenders } from "./real-senders.ts";

const DUE = "2027-03-31T09:00:00+02:00";
const after = (ms: number) => new Date(Date.parse(DUE) + ms).toISOString();
const REMINDER = "test-round/org-b/benchmarking-1/deadline-in-7-days";
const NOTICE = `test-round/notice/unknown-outcome/${REMINDER}`;

let env: Awaited<ReturnType<typeof realSenders>>;
afterEach(() => env.close());

/** Notice posts that exist in the project managers' channel (answered or not). */
const noticeArrivals = (created: string[]) =>
  env.slack
    .callsTo("chat.postMessage")
    .filter((c) => c.body.channel === "C0PROJECTS" && created.includes(c.answer))
    .filter((c) => (c.body.metadata as { event_payload?: { key?: string } })?.event_payload?.key === NOTICE)
    .length;

/** The Teams reminder's outcome stays unknown twice, so the project managers are owed a notice. */
async function noticeMeets(fault: { kind: "http"; status: 500 | 504; afterCreating?: boolean }) {
  env = await realSenders();
  env.connector.failNext(2, { status: 500, afterCreating: true });
  await env.tickAt(DUE);
  env.slack.failNext("chat.postMessage", 1, fault);
  await env.tickAt(after(AMBIGUOUS_RETRY_DELAY_MS)); // the reminder's one resend: unknown again → notice
  for (let minutes = 2; minutes <= 10; minutes += 1) await env.tickAt(after(minutes * 60_000));
}

it("a notice answered 504 after Slack created it is found in the channel, not posted twice", async () => {
  await noticeMeets({ kind: "http", status: 504, afterCreating: true });
  expect(noticeArrivals(["ok", "504"])).toBe(1);
  expect((await env.store.getOutbox(NOTICE))?.state).toBe("sent");
  expect(env.slack.callsTo("conversations.history").length).toBeGreaterThanOrEqual(1);
});

it("a notice answered 500 that created nothing is sent once more and arrives", async () => {
  await noticeMeets({ kind: "http", status: 500 });
  expect(noticeArrivals(["ok"])).toBe(1);
  expect((await env.store.getOutbox(NOTICE))?.state).toBe("sent");
});
