// A reminder moved off a holiday or a weekend names the deadline's day instead of saying "today".
import { describe, expect, it } from "vitest";
import { clusterSummaryNoticeCard } from "../../cards/cluster-summary-notice.ts";
import { reminderCard } from "../../cards/reminder.ts";
import type { ReminderView } from "../../cards/view-models.ts";

const base: ReminderView = {
  organisationName: "Kalmar kommun",
  kind: "deadline-today",
  meeting: { meeting: "benchmarking-1", date: "2027-04-05" },
  presentationDeadline: "2027-03-29",
  missing: { presentation: true, assessment: false, pdsa: false },
};

describe("reminders on a moved day", () => {
  it("says 'today' on the deadline day itself", () => {
    expect(reminderCard({ ...base, sentOn: "2027-03-29" }, "sv").title).toBe("Påminnelse: sista dagen i dag");
  });

  it("names the deadline when Easter Monday moved the nudge to Thursday", () => {
    expect(reminderCard({ ...base, sentOn: "2027-03-25" }, "sv").title).toBe(
      "Påminnelse: sista dagen är måndag 29 mars 2027",
    );
    expect(reminderCard({ ...base, sentOn: "2027-03-25" }, "en").title).toMatch(
      /^Reminder: the deadline is Monday/,
    );
  });

  it("counts the days left when the one-week reminder moved", () => {
    const week = { ...base, kind: "deadline-in-7-days" as const };
    expect(reminderCard({ ...week, sentOn: "2027-03-22" }, "sv").title).toBe("Påminnelse: en vecka kvar");
    expect(reminderCard({ ...week, sentOn: "2027-03-19" }, "en").title).toBe("Reminder: 10 days left");
  });

  it("does not tell the mentor 'today' a day early", () => {
    const view = {
      clusterName: "Klustret Kalmar",
      meeting: base.meeting,
      presentationDeadline: "2027-03-29",
      sentOn: "2027-03-25",
      rows: [{ organisationName: "Kalmar kommun", missing: base.missing }],
    };
    const text = JSON.stringify(clusterSummaryNoticeCard(view, "sv"));
    expect(text).not.toContain("I dag");
    expect(text).toContain("Sista dagen att publicera presentationerna är måndag 29 mars 2027");
  });
});
