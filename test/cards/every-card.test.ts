// Every card, in both languages, for the 10-point, 13-point and 1–4 checklists, with four rounds of history:
// valid Adaptive Card 1.5 under 28 KB, Block Kit within Slack's limits, a text fallback.
import { describe, expect, it } from "vitest";
import { checkBlockKitMessage, checkBlockKitModal } from "../../cards/block-kit-limits.ts";
import { previewCards } from "../../cards/preview-round.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { renderBlockKitMessage, renderBlockKitModal } from "../../cards/render-block-kit.ts";
import { renderText } from "../../cards/render-text.ts";
import { LOCALES } from "../../src/domain/round.ts";
import { ADAPTIVE_MAX_BYTES, adaptiveCardProblems, byteSize } from "./adaptive-validator.ts";
import { CHECKLISTS } from "./fixtures/checklists.ts";
import { round } from "./fixtures/round.ts";

const EXPECTED_CARDS = [
  "self-assessment",
  "self-assessment-invalid",
  "self-assessment-confirmation",
  "pdsa-update",
  "pdsa-confirmation",
  "status",
  "status-concluded",
  "round-overview",
  "guide-step-1",
  "guide",
  "statistics",
  "statistics-confirmation",
  "reminder",
  "reminder-description",
  "late-notice",
  "dashboard-link",
  "calendar",
  "history",
  "help",
  "notice",
];

describe.each(CHECKLISTS.map((c) => [c.id, c] as const))("checklist %s", (_id, checklist) => {
  describe.each(LOCALES)("in %s", (locale) => {
    const cards = previewCards(round, checklist, locale);

    it("covers every card", () => {
      expect(cards.map((c) => c.name)).toEqual(EXPECTED_CARDS);
    });

    it.each(cards.map((c) => [c.name, c.card] as const))(
      "%s: Adaptive Card validates and stays under 28 KB",
      (_n, card) => {
        const json = renderAdaptive(card);
        expect(adaptiveCardProblems(json)).toEqual([]);
        expect(byteSize(json)).toBeLessThan(ADAPTIVE_MAX_BYTES);
      },
    );

    it.each(cards.map((c) => [c.name, c.card] as const))(
      "%s: Block Kit stays within Slack's limits",
      (_n, card) => {
        expect(checkBlockKitMessage(renderBlockKitMessage(card))).toEqual([]);
        if (card.form) expect(checkBlockKitModal(renderBlockKitModal(card))).toEqual([]);
      },
    );

    it.each(cards.map((c) => [c.name, c.card] as const))(
      "%s: no Slack button, modal title or modal button is cut short",
      (_n, card) => {
        const buttons = renderBlockKitMessage(card)
          .blocks.filter((b) => b.type === "actions")
          .flatMap((b) => b.elements as { text: { text: string } }[]);
        const labels = buttons.map((b) => b.text.text);
        if (card.form) {
          const modal = renderBlockKitModal(card) as Record<string, { text: string } | undefined>;
          labels.push(...[modal.submit, modal.close].map((t) => t?.text ?? ""));
          if (card.title.length <= 24) labels.push(modal.title?.text ?? "");
        }
        expect(labels.filter((l) => l.endsWith("…"))).toEqual([]);
      },
    );

    it.each(cards.map((c) => [c.name, c.card] as const))(
      "%s: text fallback starts with the title",
      (_n, card) => {
        const text = renderText(card);
        expect(text.startsWith(card.title)).toBe(true);
        expect(text.length).toBeGreaterThan(card.title.length + 1);
      },
    );
  });
});
