// A meeting named inside a sentence takes the sentence's form: "inför startmötet", "Late for the start-up
// meeting", and a sentence that begins with it starts with a capital ("Startmötet är …"), in both languages.
import { describe, expect, it } from "vitest";
import { lateNoticeCard } from "../../cards/late-notice.ts";
import { reminderCard } from "../../cards/reminder.ts";
import { renderText } from "../../cards/render-text.ts";
import { stepName, strings } from "../../cards/strings.ts";
import type { ReminderView } from "../../cards/view-models.ts";

const startUp: ReminderView = {
  organisationName: "Grums",
  kind: "deadline-in-7-days",
  meeting: { meeting: "start-up", date: "2027-02-03" },
  presentationDeadline: "2027-01-27",
  missing: { presentation: false, assessment: false, pdsa: false, description: true },
};

describe("a meeting inside a sentence", () => {
  it("is in the definite form in a Swedish reminder, capitalised where the sentence begins", () => {
    const card = reminderCard(startUp, "sv");
    expect(renderText(card)).toContain("Startmötet är onsdag 3 februari 2027.");
    expect(card.summary).toContain("Grums: inför startmötet ska");
  });

  it("has its article in an English reminder", () => {
    const card = reminderCard(startUp, "en");
    expect(renderText(card)).toContain("The start-up meeting is on");
    expect(card.summary).toContain("for the start-up meeting,");
  });

  it("is in the definite form in a late notice's title and text", () => {
    const view = {
      clusterName: "Klustret Kalmar",
      meeting: { meeting: "results-conference" as const, date: "2027-12-01" },
      deadline: "2027-11-24",
      lateSince: "2027-11-25",
      rows: [
        { organisationName: "Grums", missing: { ...startUp.missing, description: false, assessment: true } },
      ],
    };
    expect(lateNoticeCard(view, "sv").title).toBe("Försenat inför resultatkonferensen");
    expect(renderText(lateNoticeCard(view, "sv"))).toContain("saknas fortfarande inför resultatkonferensen:");
    expect(lateNoticeCard(view, "en").title).toBe("Late for the results conference");
  });
});

describe("a step's name inside a sentence", () => {
  it("ends the guide's summary with its own question mark, not '?.'", () => {
    for (const locale of ["sv", "en"] as const) {
      const t = strings(locale);
      const summary = t.guide.summary("Grums", 1, stepName(t, 1));
      expect(summary).toMatch(/\?$/);
      expect(summary).not.toMatch(/\?\.$/);
    }
  });
});
