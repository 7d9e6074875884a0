// What a participant sees in the self-assessment form on Teams, Slack and as text.
import { describe, expect, it } from "vitest";
import { withFormState } from "../../cards/form-state.ts";
import { adaptiveSubmission, valuesFromAdaptiveData } from "../../cards/form-values.ts";
import { previewHistory } from "../../cards/preview-round.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import {
  renderBlockKitErrors,
  renderBlockKitMessage,
  renderBlockKitModal,
} from "../../cards/render-block-kit.ts";
import { renderText } from "../../cards/render-text.ts";
import { commentInputId, scoreInputId, selfAssessmentForm } from "../../cards/self-assessment.ts";
import type { SelfAssessmentFormView } from "../../cards/view-models.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { Locale } from "../../src/domain/round.ts";
import { adaptiveElements, adaptiveInputs } from "./adaptive-walk.ts";
import { oneToFour, skr10, thirteen } from "./fixtures/checklists.ts";

type Json = Record<string, unknown>;

function view(checklist: Checklist, withHistory = true): SelfAssessmentFormView {
  const history = previewHistory(checklist);
  return {
    roundId: "r1",
    organisationId: "grums",
    nonce: "n-123",
    checklist,
    organisationName: "Grums kommun",
    assessmentRound: "before-benchmarking-3",
    deadline: "2027-10-05",
    previous: withHistory ? history[1] : undefined,
    latest: withHistory ? history[2] : undefined,
  };
}

const form = (checklist: Checklist, locale: Locale, withHistory = true) =>
  selfAssessmentForm(view(checklist, withHistory), locale);

function modalBlock(modal: Json, blockId: string): Json {
  const blocks = modal.blocks as Json[];
  const block = blocks.find((b) => b.block_id === blockId);
  if (!block) throw new Error(`no block ${blockId}`);
  return block;
}

describe("self-assessment form", () => {
  it.each([skr10, thirteen, oneToFour])(
    "asks one required level and one optional comment per point ($id)",
    (checklist) => {
      const inputs = adaptiveInputs(renderAdaptive(form(checklist, "sv")));
      const scores = inputs.filter((i) => String(i.id).startsWith("score:"));
      const comments = inputs.filter((i) => String(i.id).startsWith("comment:"));
      expect(scores.map((s) => s.id)).toEqual(checklist.points.map((p) => scoreInputId(p.id)));
      expect(comments.map((c) => c.id)).toEqual(checklist.points.map((p) => commentInputId(p.id)));
      for (const s of scores) {
        expect(s.isRequired).toBe(true);
        expect((s.choices as unknown[]).length).toBe(checklist.scale.max - checklist.scale.min + 1);
      }
      for (const c of comments)
        expect(c).toMatchObject({ isRequired: false, maxLength: 2000, isMultiline: true });
    },
  );

  it("labels the levels with number and words in the user's language", () => {
    const sv = adaptiveInputs(renderAdaptive(form(skr10, "sv")))[0] as Json;
    const en = adaptiveInputs(renderAdaptive(form(skr10, "en")))[0] as Json;
    expect(sv.choices).toContainEqual({ title: "2 – Behöver utvecklas", value: "2" });
    expect(en.choices).toContainEqual({ title: "2 – Needs to be developed", value: "2" });
    expect(sv.label).toBe(`1. ${skr10.points[0]?.title.sv}`);
  });

  it("is prefilled with the latest answers on Teams and Slack", () => {
    const latest = previewHistory(skr10)[2] ?? {};
    const card = form(skr10, "sv");
    const inputs = adaptiveInputs(renderAdaptive(card));
    const modal = renderBlockKitModal(card);
    for (const point of skr10.points) {
      const expected = String(latest[point.id]?.score);
      expect(inputs.find((i) => i.id === scoreInputId(point.id))?.value).toBe(expected);
      const element = modalBlock(modal, scoreInputId(point.id)).element as Json;
      expect((element.initial_option as Json).value).toBe(expected);
    }
    const commented = skr10.points[0]?.id ?? "";
    expect(latest[commented]?.comment).toBeTruthy();
    expect(inputs.find((i) => i.id === commentInputId(commented))?.value).toBe(latest[commented]?.comment);
    expect((modalBlock(modal, commentInputId(commented)).element as Json).initial_value).toBe(
      latest[commented]?.comment,
    );
  });

  it("shows the previous round's level as the hint under each point", () => {
    const previous = previewHistory(skr10)[1] ?? {};
    const point = skr10.points[4];
    if (!point) throw new Error("fixture");
    const score = previous[point.id]?.score ?? 0;
    const words = ["Inte påbörjat, finns inte", "Behöver utvecklas", "Finns, vi gör"][score - 1];
    const expected = `Förra omgången: ${score} – ${words}`;
    const elements = adaptiveElements(renderAdaptive(form(skr10, "sv")));
    const at = elements.findIndex((e) => e.id === scoreInputId(point.id));
    expect(elements[at + 1]).toMatchObject({ type: "TextBlock", text: expected });
    const hint = modalBlock(renderBlockKitModal(form(skr10, "sv")), scoreInputId(point.id)).hint as Json;
    expect(hint.text).toBe(expected);
    expect(renderText(form(skr10, "sv"))).toContain(expected);
  });

  it("shows no hint and no prefill for a first assessment", () => {
    const card = form(skr10, "en", false);
    const score = adaptiveInputs(renderAdaptive(card))[0] as Json;
    expect(score.value).toBeUndefined();
    const modal = renderBlockKitModal(card);
    expect(modalBlock(modal, scoreInputId("p1")).hint).toBeUndefined();
    expect((modalBlock(modal, scoreInputId("p1")).element as Json).initial_option).toBeUndefined();
    expect(renderText(card)).not.toContain("Last round");
  });

  it("puts a server error on the field it concerns, in words", () => {
    const id = scoreInputId("p3");
    const card = withFormState(form(skr10, "en"), { [id]: "7" }, { [id]: "Choose a level from 1 to 3." });
    const elements = adaptiveElements(renderAdaptive(card));
    const at = elements.findIndex((e) => e.id === id);
    const after = elements.slice(at + 1, at + 3);
    expect(after).toContainEqual(
      expect.objectContaining({
        type: "TextBlock",
        color: "attention",
        text: "⚠ Choose a level from 1 to 3.",
      }),
    );
    const others = elements.filter((e) => e.color === "attention");
    expect(others).toHaveLength(1);
    expect(renderBlockKitErrors(card)).toEqual({ [id]: "Choose a level from 1 to 3." });
    const modalBlocks = renderBlockKitModal(card).blocks as Json[];
    const blockAt = modalBlocks.findIndex((b) => b.block_id === id);
    expect(JSON.stringify(modalBlocks[blockAt + 1])).toContain("Choose a level from 1 to 3.");
    const text = renderText(card).split("\n");
    const line = text.findIndex((l) => l.startsWith("3. "));
    expect(text.slice(line, line + 3).join("\n")).toContain("⚠ Choose a level from 1 to 3.");
  });

  it("sends the hidden values with the submission and gets them back apart from the answers", () => {
    const card = form(thirteen, "sv");
    const adaptive = renderAdaptive(card);
    const submit = (adaptive.actions as Json[])[0] as Json;
    expect(submit).toMatchObject({ type: "Action.Execute", verb: "form:self-assessment" });
    // Teams merges the inputs' values into the action's data.
    const posted = { ...(submit.data as Json), "score:p1": "2", "comment:p1": "Bra start" };
    expect(valuesFromAdaptiveData(posted)).toEqual({ "score:p1": "2", "comment:p1": "Bra start" });
    expect(adaptiveSubmission(posted)).toMatchObject({
      formId: "self-assessment",
      hidden: {
        roundId: "r1",
        organisationId: "grums",
        assessmentRound: "before-benchmarking-3",
        nonce: "n-123",
      },
    });
    const modal = renderBlockKitModal(card);
    expect(modal.callback_id).toBe("form:self-assessment");
    expect(JSON.parse(String(modal.private_metadata))).toEqual(card.form?.hidden);
  });

  it("names the organisation, round and deadline, and the summary says them too", () => {
    const card = form(skr10, "sv");
    const text = renderText(card);
    expect(text).toContain("Grums kommun");
    expect(text).toContain("Gruppbedömning inför benchmarkingmöte 3");
    expect(text).toContain("tisdag 5 oktober 2027");
    expect(card.summary).toContain("Grums kommun");
  });

  it("in a Slack message, offers a button that opens the form instead of inputs", () => {
    const message = renderBlockKitMessage(form(skr10, "sv"));
    expect(message.blocks.some((b) => b.type === "input")).toBe(false);
    const actions = message.blocks.find((b) => b.type === "actions") as Json;
    expect(actions.elements).toEqual([
      expect.objectContaining({
        action_id: "command:assess",
        value: "assess",
        text: expect.objectContaining({ text: "Öppna självskattningen" }),
      }),
    ]);
  });
});
