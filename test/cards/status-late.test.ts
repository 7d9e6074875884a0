// The status card tells what is late (still awaited, with its first late day) from what never came (its
// meeting went by, with the meeting named), and shows the start-up's deadline when no presentation is due.
import { describe, expect, it } from "vitest";
import { renderText } from "../../cards/render-text.ts";
import { statusCard } from "../../cards/status.ts";
import type { StatusRow, StatusView } from "../../cards/view-models.ts";
import type { LateItem } from "../../src/engine/late-items.ts";

function row(organisationName: string, late: LateItem[]): StatusRow {
  return {
    organisationName,
    isMentor: false,
    assessment: "missing",
    presentationPublished: false,
    ready: false,
    late,
  };
}

const AFTER_MEETING_1: StatusView = {
  clusterName: "Klustret Kalmar",
  step: 3,
  nextMeeting: { meeting: "benchmarking-2", date: "2027-05-13" },
  presentationDeadline: "2027-05-06",
  rows: [
    row("Vaxholms stad", [
      {
        kind: "description",
        since: "2027-01-28",
        meeting: "start-up",
        deadline: "2027-01-27",
        state: "late",
      },
      {
        kind: "presentation",
        since: "2027-03-30",
        meeting: "benchmarking-1",
        deadline: "2027-03-29",
        state: "missed",
      },
      {
        kind: "assessment",
        since: "2027-03-30",
        meeting: "benchmarking-1",
        deadline: "2027-03-29",
        state: "missed",
      },
    ]),
  ],
};

describe("the status card", () => {
  it("lists late items with their first late day and never-came items with their meeting", () => {
    const text = renderText(statusCard(AFTER_MEETING_1, "sv"));
    expect(text).toContain(
      "Försenat\nVaxholms stad: beskrivningen av organisationen (försenat sedan torsdag 28 januari 2027)",
    );
    expect(text).toContain(
      "Lämnades aldrig in\nVaxholms stad: presentationen inför benchmarkingmöte 1, självskattningen inför benchmarkingmöte 1",
    );
    // The columns speak of meeting 2: what never came for meeting 1 is not "late since" there.
    expect(text).not.toMatch(/Självskattning: försenad sedan/);
    expect(text).toMatch(/Självskattning: saknas/);
    const english = renderText(statusCard(AFTER_MEETING_1, "en"));
    expect(english).toContain(
      "Never handed in\nVaxholms stad: presentation for benchmarking meeting 1, self-assessment",
    );
  });

  it("shows the start-up description's deadline in step 1, when no presentation is due", () => {
    const step1: StatusView = {
      clusterName: "Klustret Kalmar",
      step: 1,
      nextMeeting: { meeting: "start-up", date: "2027-02-03" },
      rows: [row("Vaxholms stad", [])],
    };
    expect(renderText(statusCard(step1, "sv"))).toContain(
      "Att lämna in senast: onsdag 27 januari 2027 (beskrivningen av organisationen)",
    );
    expect(renderText(statusCard(step1, "en"))).toContain(
      "Due by: Wednesday 27 January 2027 (description of the organisation)",
    );
  });
});
