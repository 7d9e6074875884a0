// The reminder fan-out (bench/reminders.ts) as rows of the report: the wall time of one tick against the
// least time the platforms' rate limits allow, failing when a reminder is lost or sent twice.

import { judge, type Measure } from "./measure.ts";
import { benchReminders, paceNote, type ReminderBenchResult } from "./reminders.ts";

const WITHIN = 1.1;

export function reminderMeasures(r: ReminderBenchResult, section = "reminders"): Measure[] {
  const delivered = r.delivered.slack + r.delivered.teams;
  const failures = [
    ...(delivered === r.messages ? [] : [`reminders: ${r.messages} due, ${delivered} delivered`]),
    ...(r.duplicates === 0 ? [] : [`reminders: ${r.duplicates} sent twice`]),
  ];
  const after = r.after;
  return [
    judge({
      section,
      name: `fan-out of ${r.messages} reminders in one tick, Slack and Teams (bare = the least time the rate limits allow)`,
      unit: "ms",
      value: r.wallMs,
      bare: r.minimumMs,
      ratio: r.wallMs / r.minimumMs,
      target: { text: `≤ ${WITHIN}× the minimum`, of: "ratio", atMost: WITHIN },
      failures: failures.length > 0 ? failures : undefined,
      note: `the minimum counts each Slack channel's 1/s, each workspace's pace and each Teams conversation's 7/s; delivered ${r.delivered.slack} on Slack + ${r.delivered.teams} on Teams; 429s answered: Slack ${r.rateLimited.slack}, Teams ${r.rateLimited.teams}; ${paceNote(r.slackPace)}; the event loop was held ${r.longestLoopDelayMs.toFixed(0)} ms at the longest`,
    }),
    // Every later tick of the day; the service keeps nothing between ticks, so a restart costs the same.
    judge({
      section,
      name: `the tick a minute after the fan-out, all ${r.messages} finished (bare = the same tick in a restarted instance)`,
      unit: "ms",
      value: after.nextMs,
      bare: after.restartedMs,
      ratio: after.nextMs / after.restartedMs,
      failures:
        after.posts === 0
          ? undefined
          : [`reminders: the ticks after the fan-out posted ${after.posts} times`],
      note: "each tick reads the outbox entry of every message still in its window, and sends none of them again",
    }),
  ];
}

export { benchReminders };
