// Every input is labelled, required inputs say what is missing, and nothing is told by colour alone.
import { describe, expect, it } from "vitest";
import { inputBlocks } from "../../cards/input-block.ts";
import { previewCards } from "../../cards/preview-round.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { renderBlockKitMessage, renderBlockKitModal } from "../../cards/render-block-kit.ts";
import { LOCALES } from "../../src/domain/round.ts";
import { adaptiveElements, adaptiveInputs } from "./adaptive-walk.ts";
import { CHECKLISTS } from "./fixtures/checklists.ts";
import { round } from "./fixtures/round.ts";

type Json = Record<string, unknown>;

const all = CHECKLISTS.flatMap((checklist) =>
  LOCALES.flatMap((locale) =>
    previewCards(round, checklist, locale).map(
      (p) => [`${p.name} ${checklist.id} ${locale}`, p.card] as const,
    ),
  ),
);
const forms = all.filter(([, card]) => card.form);

describe("accessibility", () => {
  it.each(forms)(
    "%s: every Adaptive input has a label; required ones have isRequired and an error message",
    (_n, card) => {
      const inputs = adaptiveInputs(renderAdaptive(card));
      expect(inputs.length).toBe(inputBlocks(card.blocks).length);
      for (const input of inputs) {
        const label = input.type === "Input.Toggle" ? input.title : input.label;
        expect(typeof label === "string" && label.trim().length > 0, String(input.id)).toBe(true);
      }
      const required = inputBlocks(card.blocks).filter((b) => b.type !== "toggle" && b.required);
      expect(required.length).toBeGreaterThan(0);
      for (const block of required) {
        const input = inputs.find((i) => i.id === block.id) as Json;
        expect(input.isRequired).toBe(true);
        expect(String(input.errorMessage ?? "")).not.toBe("");
        expect(input.errorMessage).not.toBe(input.label);
      }
    },
  );

  it.each(forms)("%s: every Slack input has a label, and required ones are not optional", (_n, card) => {
    const blocks = (renderBlockKitModal(card).blocks as Json[]).filter((b) => b.type === "input");
    for (const block of blocks) {
      expect(String((block.label as Json).text).trim()).not.toBe("");
      const source = inputBlocks(card.blocks).find((b) => b.id === block.block_id);
      const required = source !== undefined && source.type !== "toggle" && source.required;
      expect(block.optional).toBe(!required);
    }
  });

  it.each(all)(
    "%s: coloured text always carries words, and Slack messages carry top-level text",
    (_n, card) => {
      for (const e of adaptiveElements(renderAdaptive(card)).filter((el) => el.color !== undefined))
        expect(String(e.text)).toMatch(/\p{L}{3,}/u);
      expect(renderBlockKitMessage(card).text).toBe(card.summary);
      expect(card.summary.trim().length).toBeGreaterThan(10);
    },
  );
});
