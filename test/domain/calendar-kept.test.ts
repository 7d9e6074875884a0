// A cluster's calendar is worked out once per zone and set of meetings and kept: the kept answers are each
// cluster's own, and a caller cannot change them for the next.
import { describe, expect, it } from "vitest";
import { nextMeeting, openAssessmentRound } from "../../src/domain/calendar.ts";
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
