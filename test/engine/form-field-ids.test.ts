// Each form's field ids are defined once, by its card: the engine's reader accepts exactly the inputs the
// card shows. The self-assessment and statistics readers import the card's ids; the PDSA reader's list is
// the PdsaFields keys, so this test is what ties it to the card.
import { describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { pdsaUpdateForm } from "../../cards/pdsa-update.ts";
import { selfAssessmentForm } from "../../cards/self-assessment.ts";
import { statisticsForm } from "../../cards/statistics.ts";
import { readAssessmentForm } from "../../src/engine/forms/assessment-form.ts";
import { PDSA_FIELD_IDS } from "../../src/engine/forms/pdsa-form.ts";
import { STATISTICS_FIELD_IDS } from "../../src/engine/forms/statistics-form.ts";
import { messages } from "../../src/engine/messages.ts";
import { thirteen } from "../cards/fixtures/checklists.ts";

const identity = { roundId: "r", organisationId: "o", nonce: "n", organisationName: "Grums" };

function inputIds(card: Card): string[] {
  return card.blocks.flatMap((b) => ("id" in b && typeof b.id === "string" ? [b.id] : []));
}

describe("form field ids", () => {
  it("the PDSA reader knows every input of the PDSA card, and no other", () => {
    const card = pdsaUpdateForm({ ...identity, checklist: thirteen }, "en");
    expect([...inputIds(card)].sort()).toEqual([...PDSA_FIELD_IDS].sort());
  });

  it("the statistics reader knows every input of the statistics card, and no other", () => {
    const card = statisticsForm(identity, "en");
    expect([...inputIds(card)].sort()).toEqual([...STATISTICS_FIELD_IDS].sort());
  });

  it("the self-assessment reader reads a score and a comment from every input of the card", () => {
    const view = { ...identity, checklist: thirteen, assessmentRound: "baseline" as const };
    const ids = inputIds(selfAssessmentForm(view, "en"));
    expect(ids).toHaveLength(2 * thirteen.points.length);
    const values = Object.fromEntries(ids.map((id) => [id, id.startsWith("comment") ? "why" : "2"]));
    const read = readAssessmentForm(thirteen, values, messages("en"));
    expect(read.ok).toBe(true);
    if (read.ok) expect(Object.keys(read.value)).toEqual(thirteen.points.map((p) => p.id));
  });
});
