// The example round from the first reminder to weeks after the results conference, with organisations
// that are late, a week of downtime across two reminder instants, and the round's conclusion: every
// due item is reminded, late work reaches the mentors and the project managers, a catch-up sends only
// the newest reminder, and nothing is sent once the round has concluded.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../cards/format.ts";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { strings } from "../../cards/strings.ts";
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

const PM_HOME: ChatHome = { platform: "slack", workspace: "T0PROJECT1", channel: "C0PROJECTS" };
const ROUND = "modellkommuner-2027";
const EVERYONE = ["kalmar", "karlskrona", "vaxholm", "ornskoldsvik", "grums", "karlstad", "kramfors"];
// Down from the night before kalmar's one-week reminder for benchmarking-2 (29 April) until 10:00 on the
// day its deadline-day reminder goes out (5 May: the deadline, 6 May, is Ascension Day).
const DOWN_FROM = Date.parse("2027-04-28T00:00:00+02:00");
const DOWN_UNTIL = Date.parse("2027-05-05T10:00:00+02:00");

const done = (
  at: string,
  organisationId: string,
  meeting: Completion["meeting"],
  items: Completion["items"],
) => ({ at, roundId: ROUND, organisationId, meeting, items }) satisfies Completion;

const COMPLETIONS: Completion[] = [
  // The descriptions are in before the first reminder (20 January), but Kramfors's comes after its
  // deadline (27 January): nobody in cluster kalmar is late for the start-up.
  ...EVERYONE.filter((o) => o !== "kramfors").map((o) =>
    done("2027-01-15T10:00:00+01:00", o, "start-up", ["description"]),
  ),
  done("2027-02-01T10:00:00+01:00", "kramfors", "start-up", ["description"]),
  done("2027-03-01T10:00:00+01:00", "vaxholm", "benchmarking-1", ["presentation", "assessment"]),
  done("2027-03-20T10:00:00+01:00", "grums", "benchmarking-1", ["presentation"]),
  // Karlskrona's baseline comes three days after its deadline (29 March).
  done("2027-04-01T10:00:00+02:00", "karlskrona", "benchmarking-1", ["presentation", "assessment"]),
  // Kramfors has everything for meeting 3 but the statistics.
  done("2027-10-20T10:00:00+02:00", "kramfors", "benchmarking-3", ["presentation", "assessment", "pdsa"]),
  done("2027-11-20T10:00:00+01:00", "vaxholm", "results-conference", ["assessment", "pdsa"]),
];

describe("a whole round: late organisations, downtime and the conclusion", () => {
  let temp: TempStore;
  let round: Round;
  let sent: SentMessage[];

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
      logger: logger(),
      instanceId: "whole-round",
    });
    const checklist = [...example.checklists.values()][0];
    const pending = [...COMPLETIONS].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const instants = [...tickInstants("2027-01-01", "2028-01-31", round.timeZone), new Date(DOWN_UNTIL)];
    for (const instant of instants.sort((a, b) => a.getTime() - b.getTime())) {
      while (pending[0] && Date.parse(pending[0].at) <= instant.getTime() && checklist) {
        await complete(temp.store, checklist, pending.shift() as Completion);
      }
      const ms = instant.getTime();
      if (ms >= DOWN_FROM && ms < DOWN_UNTIL) continue;
      clock.set(instant);
      await service.tick(instant);
    }
  }, 120_000);
  afterAll(() => temp.close());

  const withKey = (key: string) => sent.filter((m) => m.key === key);
  const text = (m: SentMessage | undefined) => JSON.stringify(m?.card);

  it("reminds of the start-up description, and sends no late notice when nobody is late", () => {
    const kramfors = sent.filter((m) => m.key.startsWith(`${ROUND}/kramfors/start-up/`));
    expect(kramfors.map((m) => m.key.split("/").at(-1))).toEqual([
      "deadline-in-7-days",
      "deadline-today",
      "overdue",
    ]);
    expect(text(kramfors[0])).toContain(strings("sv").reminder.description);
    expect(text(kramfors[0])).toContain(strings("sv").reminder.descriptionButton);
    const others = EVERYONE.filter((o) => o !== "kramfors");
    expect(sent.filter((m) => others.some((o) => m.key.startsWith(`${ROUND}/${o}/start-up/`)))).toEqual([]);
    expect(withKey(`${ROUND}/cluster:kalmar/start-up/late-notice`)).toEqual([]);
    expect(withKey(`${ROUND}/cluster:kalmar/start-up/late-notice/project-managers`)).toEqual([]);
    const [north] = withKey(`${ROUND}/cluster:ornskoldsvik/start-up/late-notice/project-managers`);
    expect(text(north)).toContain("Kramfors kommun");
    expect(text(north)).not.toContain("Grums");
  });

  it("tells the mentor and the project managers the day after a deadline who is late with what", () => {
    const [mentor] = withKey(`${ROUND}/cluster:kalmar/benchmarking-1/late-notice`);
    const [copy] = withKey(`${ROUND}/cluster:kalmar/benchmarking-1/late-notice/project-managers`);
    expect(mentor?.home).toEqual(round.organisations.find((o) => o.id === "kalmar")?.home);
    expect(copy?.home).toEqual(PM_HOME);
    // The overdue day of meeting 1 is Tuesday 30 March (the deadline is Easter Monday).
    expect(mentor?.at.toISOString()).toMatch(/^2027-03-30T07:0/);
    for (const m of [mentor, copy]) {
      expect(text(m)).toContain("Kalmar kommun");
      expect(text(m)).toContain("Karlskrona kommun");
      expect(text(m)).not.toContain("Vaxholm");
    }
    expect(text(copy)).toContain(schedulerStrings("sv").lateNotice.copyNote("Klustret Kalmar"));
    const [north] = withKey(`${ROUND}/cluster:ornskoldsvik/benchmarking-1/late-notice`);
    // Grums published but has not assessed: it is named with the self-assessment only.
    expect(text(north)).toContain(`"label":"Grums kommun","value":"självskattningen (försenat sedan`);
  });

  it("after downtime across two reminder instants sends only the newest reminder, once", () => {
    for (const o of ["kalmar", "karlskrona", "vaxholm"]) {
      expect(withKey(`${ROUND}/${o}/benchmarking-2/deadline-in-7-days`), o).toHaveLength(0);
      const today = withKey(`${ROUND}/${o}/benchmarking-2/deadline-today`);
      expect(today, o).toHaveLength(1);
      expect(today[0]?.at.getTime()).toBe(DOWN_UNTIL);
    }
    // The host's invitation is still worth sending until the day before the meeting.
    expect(withKey(`${ROUND}/vaxholm/benchmarking-2/host-invitation`)).toHaveLength(1);
  });

  it("reminds of the step-6 statistics, naming only them when they are all that is missing", () => {
    const [kramfors] = withKey(`${ROUND}/kramfors/benchmarking-3/deadline-today`);
    expect(text(kramfors)).toContain(strings("sv").reminder.statistics);
    expect(text(kramfors)).not.toContain(strings("sv").reminder.presentation);
    expect(text(kramfors)).not.toContain(strings("sv").reminder.assessment);
    expect(withKey(`${ROUND}/kramfors/benchmarking-3/overdue`)).toHaveLength(1);
  });

  it("reminds of the final self-assessment before the results conference, sparing who has done it", () => {
    for (const o of EVERYONE.filter((x) => x !== "vaxholm")) {
      for (const kind of ["deadline-in-7-days", "deadline-today", "overdue"]) {
        const [post] = withKey(`${ROUND}/${o}/results-conference/${kind}`);
        expect(text(post), `${o} ${kind}`).toContain(
          strings(o === "karlstad" ? "en" : "sv").reminder.assessment,
        );
      }
    }
    expect(sent.filter((m) => m.key.startsWith(`${ROUND}/vaxholm/results-conference/`))).toEqual([]);
  });

  it("states in the host's invitation (and its copy) the meeting, the host and the presentation deadline", () => {
    // Kalmar's benchmarking meeting 1 is on Monday 5 April, hosted by Karlskrona: presentations by
    // Easter Monday 29 March, as every reminder of that meeting says; the invitation itself goes out on 22 March.
    for (const key of [
      `${ROUND}/karlskrona/benchmarking-1/host-invitation`,
      `${ROUND}/karlskrona/benchmarking-1/host-invitation/project-managers`,
    ]) {
      const card = text(withKey(key)[0]);
      expect(card, key).toContain(`"value":"${formatDate("2027-03-29", "sv")}"`);
      expect(card, key).not.toContain(formatDate("2027-03-22", "sv"));
      expect(card, key).toContain(`"label":"Värd","value":"Karlskrona kommun"`);
      expect(card, key).toContain(formatDate("2027-04-05", "sv"));
    }
    const [reminder] = withKey(`${ROUND}/kalmar/benchmarking-1/deadline-in-7-days`);
    expect(text(reminder)).toContain(formatDate("2027-03-29", "sv"));
    // The round file's material for step 2 (benchmarking meeting 1) comes with its reminders, not others'.
    expect(text(reminder)).toContain('"type":"open-url"');
    expect(text(withKey(`${ROUND}/kalmar/benchmarking-2/deadline-today`)[0])).not.toContain("open-url");
  });

  it("sends nothing once the round has concluded (the day after the results conference)", () => {
    const concluded = Date.parse("2027-12-10T00:00:00+01:00");
    expect(sent.filter((m) => m.at.getTime() >= concluded).map((m) => m.key)).toEqual([]);
    expect(sent.length).toBeGreaterThan(100);
    expect(new Set(sent.map((m) => m.key)).size).toBe(sent.length);
  });
});
