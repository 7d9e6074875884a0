import { describe, expect, it } from "vitest";
import {
  assessmentRoundDue,
  hasPassed,
  nextMeeting,
  openAssessmentRound,
} from "../../src/domain/calendar.ts";
import { firstCluster, testRound } from "../fixtures/round-builder.ts";

const round = testRound({
  startUp: "2027-02-03",
  conference: "2027-12-09",
  clusters: [
    { b1: "2027-04-05", b2: "2027-06-09", b3: "2027-11-08", hosts: ["org-0-a", "org-0-b", "mentor-0"] },
  ],
});
const cluster = firstCluster(round);
const at = (iso: string) => new Date(iso);

describe("when a meeting has passed", () => {
  it("is at local midnight at the end of the meeting day", () => {
    expect(hasPassed("2027-04-05", "Europe/Stockholm", at("2027-04-05T23:59:59.999+02:00"))).toBe(false);
    expect(hasPassed("2027-04-05", "Europe/Stockholm", at("2027-04-06T00:00:00+02:00"))).toBe(true);
  });
});

describe("the next meeting", () => {
  it("is the start-up meeting at first, with no host or presentation", () => {
    expect(nextMeeting(round, cluster, at("2027-01-10T12:00:00+01:00"))).toEqual({
      id: "start-up",
      date: "2027-02-03",
      presentationDeadline: undefined,
    });
  });

  it("is a benchmarking meeting with its host and presentation deadline, still on the meeting day", () => {
    expect(nextMeeting(round, cluster, at("2027-04-05T18:00:00+02:00"))).toEqual({
      id: "benchmarking-1",
      date: "2027-04-05",
      host: "org-0-a",
      presentationDeadline: "2027-03-29",
    });
    expect(nextMeeting(round, cluster, at("2027-04-06T00:00:00+02:00"))?.id).toBe("benchmarking-2");
  });

  it("is the results conference after meeting 3, and nothing once the conference has passed", () => {
    expect(nextMeeting(round, cluster, at("2027-11-09T08:00:00+01:00"))?.id).toBe("results-conference");
    expect(nextMeeting(round, cluster, at("2027-12-10T00:00:00+01:00"))).toBeUndefined();
  });
});

describe("the open self-assessment round", () => {
  const openAt = (iso: string) => openAssessmentRound(round, cluster, at(iso));

  it("is the baseline from the start until meeting 1 has passed", () => {
    expect(openAt("2027-01-01T12:00:00+01:00")).toBe("baseline");
    expect(openAt("2027-04-05T23:59:59+02:00")).toBe("baseline");
  });

  it("moves to the group rounds as each meeting passes", () => {
    expect(openAt("2027-04-06T00:00:00+02:00")).toBe("before-benchmarking-2");
    expect(openAt("2027-06-09T23:59:59+02:00")).toBe("before-benchmarking-2");
    expect(openAt("2027-06-10T00:00:00+02:00")).toBe("before-benchmarking-3");
    expect(openAt("2027-11-08T23:59:59+01:00")).toBe("before-benchmarking-3");
    expect(openAt("2027-11-09T00:00:00+01:00")).toBe("before-results-conference");
    expect(openAt("2027-12-09T23:59:59+01:00")).toBe("before-results-conference");
  });

  it("is closed once the results conference has passed", () => {
    expect(openAt("2027-12-10T00:00:00+01:00")).toBeUndefined();
  });
});

describe("when a self-assessment round is due", () => {
  it("is the presentation deadline of the meeting it prepares", () => {
    expect(assessmentRoundDue(round, cluster, "baseline")).toBe("2027-03-29");
    expect(assessmentRoundDue(round, cluster, "before-benchmarking-2")).toBe("2027-06-02");
    expect(assessmentRoundDue(round, cluster, "before-benchmarking-3")).toBe("2027-11-01");
    expect(assessmentRoundDue(round, cluster, "before-results-conference")).toBe("2027-12-02");
  });
});

describe("a cluster's calendar, worked out once and kept", () => {
  const spring = at("2027-03-01T12:00:00+01:00");

  it("answers for each cluster's own hosts and dates, also when they share the rest", () => {
    const other = { ...cluster, meetings: cluster.meetings.map((m) => ({ ...m, host: "mentor-0" })) };
    expect(nextMeeting(round, cluster, spring)?.host).toBe("org-0-a");
    expect(nextMeeting(round, other, spring)?.host).toBe("mentor-0");
    const moved = {
      ...cluster,
      meetings: cluster.meetings.map((m) => (m.id === "benchmarking-1" ? { ...m, date: "2027-02-20" } : m)),
    };
    expect(nextMeeting(round, moved, spring)?.id).toBe("benchmarking-2");
    expect(openAssessmentRound(round, moved, spring)).toBe("before-benchmarking-2");
    expect(openAssessmentRound(round, cluster, spring)).toBe("baseline");
    expect(
      openAssessmentRound({ ...round, timeZone: "Pacific/Kiritimati" }, cluster, at("2027-04-05T12:00:00Z")),
    ).toBe("before-benchmarking-2");
  });

  it("hands out a copy: a caller that changes its meeting changes no one else's", () => {
    const first = nextMeeting(round, cluster, spring);
    if (first) first.date = "1999-01-01";
    expect(nextMeeting(round, cluster, spring)?.date).toBe("2027-04-05");
  });
});
