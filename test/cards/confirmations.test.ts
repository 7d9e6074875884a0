// What a participant reads after submitting: totals, shift, readiness, the share by sex, the PDSA record.
import { describe, expect, it } from "vitest";
import { pdsaConfirmation } from "../../cards/pdsa-confirmation.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { renderBlockKitMessage } from "../../cards/render-block-kit.ts";
import { renderText } from "../../cards/render-text.ts";
import { selfAssessmentConfirmation } from "../../cards/self-assessment-confirmation.ts";
import { statisticsConfirmation } from "../../cards/statistics.ts";
import type { Answers } from "../../src/domain/assessment.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import { oneToFour, skr10 } from "./fixtures/checklists.ts";

function answers(checklist: Checklist, scores: number[]): Answers {
  return Object.fromEntries(
    checklist.points.map((p, i) => [p.id, { score: scores[i] ?? checklist.scale.min }]),
  );
}

describe("self-assessment confirmation", () => {
  const previous = answers(skr10, [1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  const current = answers(skr10, [3, 2, 1, 3, 3, 3, 3, 2, 2, 2]);

  it("shows the total of the maximum in every rendering", () => {
    const card = selfAssessmentConfirmation(
      {
        checklist: skr10,
        organisationName: "Grums kommun",
        assessmentRound: "baseline",
        answers: current,
        previous,
      },
      "sv",
    );
    expect(renderText(card)).toContain("Summa: 24 av 30");
    expect(JSON.stringify(renderAdaptive(card))).toContain("24 av 30");
    const slack = renderBlockKitMessage(card);
    expect(slack.text).toBe("Grums kommun fick 24 av 30 poäng.");
    expect(JSON.stringify(slack.blocks)).toContain("24 av 30");
  });

  it("shows the shift per point with an arrow and words", () => {
    const card = selfAssessmentConfirmation(
      {
        checklist: skr10,
        organisationName: "Grums",
        assessmentRound: "before-benchmarking-2",
        answers: current,
        previous,
      },
      "en",
    );
    const text = renderText(card);
    expect(text).toContain("Shift since the last round: ↑ up 5");
    const lines = text.split("\n");
    expect(lines.find((l) => l.startsWith("- 1. "))).toContain("↑ up 2");
    expect(lines.find((l) => l.startsWith("- 2. "))).toContain("→ unchanged");
    expect(lines.find((l) => l.startsWith("- 3. "))).toContain("↓ down 1");
  });

  it("says what is missing for readiness", () => {
    const card = selfAssessmentConfirmation(
      { checklist: skr10, organisationName: "Grums", assessmentRound: "baseline", answers: current },
      "sv",
    );
    const text = renderText(card);
    expect(text).toContain(
      "Inte redo att bli modellorganisation ännu: 1 punkt på lägsta nivån; 5 av 6 behövda punkter på högsta nivån.",
    );
    expect(text).toContain("ingen tidigare");
  });

  it("says ready when no point is at the lowest level and more than half at the top (1–4 scale)", () => {
    const ready = answers(oneToFour, [4, 4, 4, 4, 4, 4, 2, 3, 3, 3]);
    const card = selfAssessmentConfirmation(
      { checklist: oneToFour, organisationName: "Grums", assessmentRound: "baseline", answers: ready },
      "en",
    );
    expect(renderText(card)).toContain("✓ Ready to be a model organisation: yes");
    expect(renderText(card)).toContain(`Total: 35 of ${oneToFour.points.length * 4}`);
  });
});

describe("statistics confirmation", () => {
  it("shows the share broken down by sex as a percentage", () => {
    const values = { reported: 48, bySex: 30, routines: { budget: true, followUp: false, decisions: false } };
    const sv = renderText(statisticsConfirmation({ organisationName: "Grums", values }, "sv"));
    expect(sv).toContain("Andel uppdelad på kön: 63 %");
    expect(sv).toContain("Rutin i budgetarbetet: ja");
    expect(sv).toContain("Rutin inför politiska beslut: nej");
    const en = statisticsConfirmation({ organisationName: "Grums", values }, "en");
    expect(en.summary).toBe("Grums: 63% of the statistics are broken down by sex.");
  });

  it("shows no share when nothing is reported", () => {
    const values = { reported: 0, bySex: 0, routines: { budget: false, followUp: false, decisions: false } };
    expect(renderText(statisticsConfirmation({ organisationName: "Grums", values }, "en"))).toContain(
      "Share broken down by sex: –",
    );
  });
});

describe("PDSA confirmation", () => {
  it("names the area, cycle, phase and linked points in the user's language", () => {
    const update = {
      area: "Hemtjänst",
      points: ["p2", "p7"],
      cycle: 3,
      phase: "study" as const,
      decision: "adapt" as const,
    };
    const text = renderText(pdsaConfirmation({ checklist: skr10, organisationName: "Grums", update }, "sv"));
    expect(text).toContain("Område: Hemtjänst");
    expect(text).toContain("Cykel: 3");
    expect(text).toContain("Fas: studera");
    expect(text).toContain(`2. ${skr10.points[1]?.title.sv}; 7. ${skr10.points[6]?.title.sv}`);
    expect(text).toContain("Beslut: anpassa");
  });
});
