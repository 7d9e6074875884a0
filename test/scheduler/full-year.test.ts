// A year of the example round with a fake clock and recording platforms: every planned reminder with
// something missing goes out once, within a tick of its instant, in the right channel and language.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../cards/format.ts";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { strings } from "../../cards/strings.ts";
import { type PlannedReminder, plan, reminderKey } from "../../src/domain/reminder-plan.ts";
import type { ChatHome, Round } from "../../src/domain/round.ts";
import { createReminderService } from "../../src/scheduler/reminder-service.ts";
import {
  exampleRound,
  fakeClock,
  logger,
  recordingPlatforms,
  type SentMessage,
  type TempStore,
  tempStore,
} from "./fakes.ts";
import { type Completion, complete } from "./round-progress.ts";
import { tickInstants } from "./simulation.ts";

// Set here as well, so that the test does not depend on the example naming the project managers' channel.
const PM_HOME: ChatHome = { platform: "slack", workspace: "T0PROJECT1", channel: "C0PROJECTS" };
const TICK_MS = 5 * 60_000;

const progress = (
  at: string,
  organisationId: string,
  meeting: Completion["meeting"],
  items: Completion["items"],
) => ({ at, roundId: "modellkommuner-2027", organisationId, meeting, items }) satisfies Completion;

// Vaxholm is done before the first benchmarking-1 reminder; Karlstad finishes benchmarking-2 between the
// one-week reminder and the deadline; Grums only publishes its benchmarking-1 presentation.
const COMPLETIONS: Completion[] = [
  progress("2027-03-01T10:00:00+01:00", "vaxholm", "benchmarking-1", ["presentation", "assessment"]),
  progress("2027-03-20T10:00:00+01:00", "grums", "benchmarking-1", ["presentation"]),
  progress("2027-06-20T10:00:00+02:00", "karlstad", "benchmarking-2", ["presentation", "assessment", "pdsa"]),
];
const FULLY_DONE = COMPLETIONS.filter((c) => c.items.length === (c.meeting === "benchmarking-1" ? 2 : 3));

function expectedToNag(r: PlannedReminder): boolean {
  if (r.kind === "host-invitation") return true;
  return !FULLY_DONE.some(
    (c) =>
      c.organisationId === r.organisation && c.meeting === r.meeting && Date.parse(c.at) <= Date.parse(r.at),
  );
}

describe("a full year of the example round", () => {
  let temp: TempStore;
  let round: Round;
  let sent: SentMessage[];
  const log = logger();

  beforeAll(async () => {
    temp = await tempStore();
    const example = await exampleRound();
    round = { ...example.round, projectManagerHome: PM_HOME };
    await temp.store.saveRound(round);
    const clock = fakeClock(new Date("2027-01-01T00:00:00+01:00"));
    const platforms = recordingPlatforms(clock);
    sent = platforms.sent;
    const service = createReminderService({
      store: temp.store,
      senders: { slack: platforms.slack, teams: platforms.teams },
      checklists: example.checklists,
      logger: log,
      instanceId: "simulation",
    });
    const checklist = [...example.checklists.values()][0];
    const pending = [...COMPLETIONS];
    for (const instant of tickInstants("2027-01-01", "2027-12-31", round.timeZone)) {
      while (pending[0] && Date.parse(pending[0].at) <= instant.getTime() && checklist) {
        await complete(temp.store, checklist, pending.shift() as Completion);
      }
      clock.set(instant);
      await service.tick(instant);
    }
  }, 60_000);
  afterAll(() => temp.close());

  const reminders = () => plan(round);
  const sentWithKey = (key: string) => sent.filter((m) => m.key === key);

  it("sends every planned reminder with something missing exactly once, within one tick of its instant", () => {
    const expected = reminders().filter(expectedToNag);
    expect(expected.length).toBeGreaterThan(60);
    for (const r of expected) {
      const posts = sentWithKey(reminderKey(r));
      expect(posts, reminderKey(r)).toHaveLength(1);
      const delay = (posts[0]?.at.getTime() ?? 0) - Date.parse(r.at);
      expect(delay, reminderKey(r)).toBeGreaterThanOrEqual(0);
      expect(delay, reminderKey(r)).toBeLessThan(TICK_MS);
    }
  });

  it("does not nag an organisation that has done everything", () => {
    const spared = reminders().filter((r) => !expectedToNag(r));
    expect(spared.map((r) => `${r.organisation} ${r.kind}`).sort()).toEqual(
      [
        "karlstad deadline-today",
        "karlstad overdue",
        "vaxholm deadline-in-7-days",
        "vaxholm deadline-today",
        "vaxholm overdue",
      ].sort(),
    );
    for (const r of spared) expect(sentWithKey(reminderKey(r)), reminderKey(r)).toHaveLength(0);
    expect(sentWithKey("modellkommuner-2027/karlstad/benchmarking-2/deadline-in-7-days")).toHaveLength(1);
  });

  it("names only what is still missing", () => {
    const [post] = sentWithKey("modellkommuner-2027/grums/benchmarking-1/deadline-today");
    const text = JSON.stringify(post?.card.blocks);
    expect(text).toContain(strings("sv").reminder.assessment);
    expect(text).not.toContain(strings("sv").reminder.presentation);
  });

  it("posts each message in the organisation's channel and language (Karlstad in English)", () => {
    for (const r of reminders().filter(expectedToNag)) {
      const [post] = sentWithKey(reminderKey(r));
      const organisation = round.organisations.find((o) => o.id === r.organisation);
      expect(post?.home, reminderKey(r)).toEqual(organisation?.home);
      const locale = organisation?.language ?? round.language;
      const meeting = strings(locale).meetingInSentence[r.meeting];
      const reminder = strings(locale).reminder;
      // A deadline-day nudge moved off a holiday names the day instead of saying "today".
      const moved = r.kind === "deadline-today" && r.at.slice(0, 10) !== r.deadline;
      const title =
        r.kind === "host-invitation"
          ? schedulerStrings(locale).hostInvitation.title(meeting)
          : moved
            ? reminder.deadlineOn(formatDate(r.deadline, locale))
            : reminder.titles[r.kind];
      expect(post?.card.title, reminderKey(r)).toBe(title);
    }
    expect(sent.filter((m) => m.key.includes("/karlstad/")).length).toBeGreaterThan(5);
  });

  it("gives each mentor a cluster summary on every deadline day, and copies invitations to the project managers", () => {
    for (const cluster of round.clusters) {
      const mentorHome = round.organisations.find((o) => o.id === cluster.mentor)?.home;
      for (const meeting of cluster.meetings) {
        const summaries = sent.filter(
          (m) => m.key === `${round.id}/cluster:${cluster.id}/${meeting.id}/cluster-summary`,
        );
        expect(summaries, `${cluster.id} ${meeting.id}`).toHaveLength(1);
        expect(summaries[0]?.home).toEqual(mentorHome);
        const copies = sent.filter(
          (m) => m.key === `${round.id}/${meeting.host}/${meeting.id}/host-invitation/project-managers`,
        );
        expect(copies).toHaveLength(1);
        expect(copies[0]?.home).toEqual(PM_HOME);
      }
    }
    const [kalmar] = sent.filter(
      (m) => m.key === `${round.id}/cluster:kalmar/benchmarking-1/cluster-summary`,
    );
    expect(JSON.stringify(kalmar?.card.blocks)).toContain(`"label":"Vaxholms stad","value":"✓ allt klart"`);
  });

  it("sends nothing else, and records every post as sent in the outbox", async () => {
    const planned = new Set(reminders().map(reminderKey));
    const other = sent.filter(
      (m) => !planned.has(m.key) && !/cluster-summary|late-notice|project-managers$/.test(m.key),
    );
    expect(other.map((m) => m.key)).toEqual([]);
    expect(new Set(sent.map((m) => m.key)).size).toBe(sent.length);
    const outbox = await temp.store.listOutbox({ roundId: round.id });
    expect(outbox.filter((e) => e.state !== "sent")).toEqual([]);
    expect(outbox).toHaveLength(sent.length);
    expect(log.lines.filter((l) => l.startsWith("warn") || l.startsWith("error"))).toEqual([]);
  });
});
