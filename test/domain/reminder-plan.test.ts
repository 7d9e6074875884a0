import { describe, expect, it } from "vitest";
import { type PlannedReminder, plan, reminderKey } from "../../src/domain/reminder-plan.ts";
import { firstCluster, testRound } from "../fixtures/round-builder.ts";

const ORDINARY = { b1: "2027-09-15", b2: "2027-10-13", b3: "2027-11-17" }; // Wednesdays, no holidays near

function roundWithB1(b1: string, conference = "2027-12-09") {
  return testRound({
    startUp: "2027-02-03",
    conference,
    clusters: [{ ...ORDINARY, b1, b2: "2027-11-24", b3: "2027-11-26" }],
  });
}

function reminder(reminders: PlannedReminder[], meeting: string, kind: string, organisation?: string) {
  const found = reminders.find(
    (r) =>
      r.meeting === meeting &&
      r.kind === kind &&
      (organisation === undefined || r.organisation === organisation),
  );
  if (!found) throw new Error(`no ${kind} reminder for ${meeting}`);
  return found;
}

function whenOf(reminders: PlannedReminder[], meeting = "benchmarking-1") {
  return {
    inSevenDays: reminder(reminders, meeting, "deadline-in-7-days"),
    today: reminder(reminders, meeting, "deadline-today"),
    overdue: reminder(reminders, meeting, "overdue"),
    get invitation() {
      return reminder(reminders, meeting, "host-invitation");
    },
  };
}

describe("presentation deadlines and reminder instants", () => {
  it("puts the deadline a week before the meeting and reminds at 09:00 local time", () => {
    const r = whenOf(plan(roundWithB1("2027-09-15")));
    expect(r.today.deadline).toBe("2027-09-08");
    expect(r.inSevenDays.at).toBe("2027-09-01T09:00:00.000+02:00");
    expect(r.today.at).toBe("2027-09-08T09:00:00.000+02:00");
    expect(r.overdue.at).toBe("2027-09-09T09:00:00.000+02:00");
  });

  it("sends the host's invitation reminder two weeks before the meeting, to the host only", () => {
    const round = roundWithB1("2027-09-15");
    const invitations = plan(round).filter(
      (r) => r.kind === "host-invitation" && r.meeting === "benchmarking-1",
    );
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.organisation).toBe(firstCluster(round).mentor);
    expect(invitations[0]?.deadline).toBe("2027-09-01");
    expect(invitations[0]?.at).toBe("2027-09-01T09:00:00.000+02:00");
  });

  it("handles a meeting on a Monday: deadline the Monday before, overdue on the Tuesday", () => {
    const r = whenOf(plan(roundWithB1("2027-09-20")));
    expect(r.today.at).toBe("2027-09-13T09:00:00.000+02:00");
    expect(r.overdue.at).toBe("2027-09-14T09:00:00.000+02:00");
    expect(r.inSevenDays.at).toBe("2027-09-06T09:00:00.000+02:00");
  });

  it("moves weekend reminders back to Friday and the overdue notice forward to Monday", () => {
    const r = whenOf(plan(roundWithB1("2027-09-18"))); // a Saturday meeting: every nominal day is a weekend
    expect(r.inSevenDays.at).toBe("2027-09-03T09:00:00.000+02:00");
    expect(r.invitation.at).toBe("2027-09-03T09:00:00.000+02:00");
    expect(r.invitation.deadline).toBe("2027-09-04");
    expect(r.today.at).toBe("2027-09-10T09:00:00.000+02:00");
    expect(r.today.deadline).toBe("2027-09-11");
    expect(r.overdue.at).toBe("2027-09-13T09:00:00.000+02:00");
  });

  it("keeps 09:00 local across the spring clock change, with Easter in between", () => {
    // Deadline Easter Monday 29 March 2027; clocks go forward on Sunday 28 March.
    const r = whenOf(plan(roundWithB1("2027-04-05")));
    expect(r.inSevenDays.at).toBe("2027-03-22T09:00:00.000+01:00");
    expect(r.today.at).toBe("2027-03-25T09:00:00.000+01:00");
    expect(r.overdue.at).toBe("2027-03-30T09:00:00.000+02:00");
    expect(new Date(r.today.at).toISOString()).toBe("2027-03-25T08:00:00.000Z");
    expect(new Date(r.overdue.at).toISOString()).toBe("2027-03-30T07:00:00.000Z");
  });

  it("keeps 09:00 local across the autumn clock change", () => {
    // Deadline Monday 1 November 2027; clocks go back on Sunday 31 October.
    const r = whenOf(plan(roundWithB1("2027-11-08")));
    expect(r.inSevenDays.at).toBe("2027-10-25T09:00:00.000+02:00");
    expect(r.today.at).toBe("2027-11-01T09:00:00.000+01:00");
    expect(new Date(r.inSevenDays.at).toISOString()).toBe("2027-10-25T07:00:00.000Z");
    expect(new Date(r.today.at).toISOString()).toBe("2027-11-01T08:00:00.000Z");
  });

  it("moves a deadline-day nudge on Ascension Day back to the Wednesday", () => {
    const r = whenOf(plan(roundWithB1("2027-05-13")));
    expect(r.today.deadline).toBe("2027-05-06");
    expect(r.today.at).toBe("2027-05-05T09:00:00.000+02:00");
    expect(r.overdue.at).toBe("2027-05-07T09:00:00.000+02:00");
  });

  it("moves reminders off midsummer eve: the nudge back to Thursday, the overdue notice to Monday", () => {
    const r = whenOf(plan(roundWithB1("2027-07-02"))); // deadline Friday 25 June, midsummer eve
    expect(r.today.at).toBe("2027-06-24T09:00:00.000+02:00");
    expect(r.overdue.at).toBe("2027-06-28T09:00:00.000+02:00");
  });

  it("moves reminders off Christmas and New Year's eve", () => {
    const round = testRound({
      startUp: "2027-09-01",
      conference: "2028-03-01",
      clusters: [{ b1: "2027-10-06", b2: "2027-11-10", b3: "2028-01-07" }],
    });
    const r = whenOf(plan(round), "benchmarking-3"); // deadline Friday 31 December
    expect(r.invitation.deadline).toBe("2027-12-24");
    expect(r.invitation.at).toBe("2027-12-23T09:00:00.000+01:00");
    expect(r.inSevenDays.at).toBe("2027-12-23T09:00:00.000+01:00");
    expect(r.today.at).toBe("2027-12-30T09:00:00.000+01:00");
    expect(r.overdue.at).toBe("2028-01-03T09:00:00.000+01:00");
  });
});

describe("the round's reminder plan", () => {
  const round = testRound({
    startUp: "2027-02-03",
    conference: "2027-12-09",
    clusters: [
      { ...ORDINARY, id: "b-cluster" },
      { ...ORDINARY, id: "a-cluster", organisations: ["x", "y", "z"] },
    ],
  });
  const reminders = plan(round);

  it("has three reminders per participant and meeting (all five), plus one invitation per benchmarking meeting", () => {
    expect(reminders).toHaveLength(3 * 5 * 3 + 3 + (4 * 5 * 3 + 3));
  });

  it("reminds every participant, the mentor included, of every meeting's items", () => {
    for (const org of ["mentor-0", "org-0-a", "org-0-b", "mentor-1", "x", "y", "z"]) {
      const own = reminders.filter((r) => r.organisation === org && r.kind !== "host-invitation");
      expect(new Set(own.map((r) => `${r.meeting} ${r.kind}`)).size).toBe(15);
    }
  });

  it("names what each meeting asks for: the description, the statistics and the final self-assessment too", () => {
    const itemsOf = (meeting: string) => reminder(reminders, meeting, "deadline-today", "x").items;
    expect(itemsOf("start-up")).toEqual(["description"]);
    expect(itemsOf("benchmarking-1")).toEqual(["presentation", "assessment"]);
    expect(itemsOf("benchmarking-3")).toEqual(["presentation", "assessment", "pdsa", "statistics"]);
    expect(itemsOf("results-conference")).toEqual(["assessment", "pdsa"]);
  });

  it("puts the start-up description and the final self-assessment a week before their meetings", () => {
    const startUp = whenOf(reminders, "start-up");
    expect(startUp.today.deadline).toBe("2027-01-27");
    expect(startUp.today.meetingDate).toBe("2027-02-03");
    expect(startUp.today.presentationDeadline).toBeUndefined();
    const conference = reminder(reminders, "results-conference", "overdue", "x");
    expect(conference.deadline).toBe("2027-12-02");
    expect(conference.at).toBe("2027-12-03T09:00:00.000+01:00");
    expect(reminders.some((r) => r.kind === "host-invitation" && !r.meeting.startsWith("benchmarking"))).toBe(
      false,
    );
  });

  it("states in each host invitation the presentation deadline its meeting's reminders give", () => {
    const invitations = reminders.filter((r) => r.kind === "host-invitation");
    expect(invitations).toHaveLength(6);
    for (const invitation of invitations) {
      const weekBefore = reminders.filter(
        (r) =>
          r.kind === "deadline-in-7-days" &&
          r.cluster === invitation.cluster &&
          r.meeting === invitation.meeting,
      );
      expect(weekBefore.length).toBeGreaterThan(0);
      for (const r of weekBefore) expect(invitation.presentationDeadline).toBe(r.deadline);
      expect(invitation.deadline).not.toBe(invitation.presentationDeadline);
    }
  });

  it("is in time order, then by cluster, organisation and kind", () => {
    const times = reminders.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const sameInstant = reminders.filter((r) => r.at === "2027-09-01T09:00:00.000+02:00");
    expect(sameInstant.map((r) => `${r.cluster}/${r.organisation}/${r.kind}`)).toEqual([
      "a-cluster/mentor-1/host-invitation",
      "a-cluster/mentor-1/deadline-in-7-days",
      "a-cluster/x/deadline-in-7-days",
      "a-cluster/y/deadline-in-7-days",
      "a-cluster/z/deadline-in-7-days",
      "b-cluster/mentor-0/host-invitation",
      "b-cluster/mentor-0/deadline-in-7-days",
      "b-cluster/org-0-a/deadline-in-7-days",
      "b-cluster/org-0-b/deadline-in-7-days",
    ]);
  });

  it("gives every reminder its own outbox key", () => {
    const keys = reminders.map(reminderKey);
    expect(new Set(keys).size).toBe(reminders.length);
    expect(reminderKey(reminder(reminders, "benchmarking-2", "overdue", "x"))).toBe(
      "test-round/x/benchmarking-2/overdue",
    );
  });
});

describe("a round of two years", () => {
  // SKR's newer format runs two years: nothing may assume one calendar year.
  const round = testRound({
    startUp: "2027-02-03",
    conference: "2029-01-24",
    clusters: [{ b1: "2027-05-12", b2: "2027-11-17", b3: "2028-09-13" }],
  });
  const reminders = plan(round);

  it("plans every meeting's reminders across both years, at 09:00, none after the conference", () => {
    expect(reminders).toHaveLength(3 * 5 * 3 + 3);
    const years = new Set(reminders.map((r) => r.at.slice(0, 4)));
    expect(years).toEqual(new Set(["2027", "2028", "2029"]));
    expect(reminders.every((r) => /T09:00:00\.000\+0[12]:00$/.test(r.at))).toBe(true);
    expect(reminders.every((r) => r.at.slice(0, 10) < round.resultsConference)).toBe(true);
    const final = reminder(reminders, "results-conference", "deadline-today");
    expect(final.deadline).toBe("2029-01-17");
    const third = reminder(reminders, "benchmarking-3", "overdue");
    expect(third.at).toBe("2028-09-07T09:00:00.000+02:00");
  });
});
