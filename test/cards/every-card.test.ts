// Every card of the registry (cards/preview-round.ts), in both languages, for the 10-point, 13-point and
// 1–4 checklists, with four rounds of history, in a small round and in a national one (100 clusters, names
// as long as a round file allows): valid Adaptive Card 1.5 under Teams' 28 KB, Block Kit within Slack's
// limits, a text fallback. The registry holds every card builder of cards/, so none can be left out.
import { describe, expect, it } from "vitest";
import { checkBlockKitMessage, checkBlockKitModal } from "../../cards/block-kit-limits.ts";
import { EXPORT_ROWS_SHOWN } from "../../cards/export-summary.ts";
import type { Card } from "../../cards/model.ts";
import { previewCards } from "../../cards/preview-round.ts";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { renderBlockKitMessage, renderBlockKitModal } from "../../cards/render-block-kit.ts";
import { renderText } from "../../cards/render-text.ts";
import { OVERVIEW_ROWS_SHOWN } from "../../cards/status.ts";
import { LOCALES } from "../../src/domain/round.ts";
import { ROUND_FILE_LIMITS } from "../../src/round-file/round-file-schema.ts";
import { ADAPTIVE_MAX_BYTES, adaptiveCardProblems, byteSize } from "./adaptive-validator.ts";
import { cardBuilders, cardBuildersIn } from "./card-builders.ts";
import { CHECKLISTS, skr10 } from "./fixtures/checklists.ts";
import { CLUSTERS, NAME_LENGTH, nationalRound } from "./fixtures/national-round.ts";
import { round } from "./fixtures/round.ts";

const ROUNDS = [
  ["a small round", round],
  ["a national round", nationalRound],
] as const;

describe("the card registry", () => {
  const registered = new Set(previewCards(round, skr10, "sv").map((c) => c.builder.name));

  it("finds the card builders in the sources", () => {
    const source =
      "export function fooCard(view: V, locale: Locale): Card { return x; }\nfunction barCard(): Card {}";
    expect(cardBuildersIn("foo.ts", source)).toEqual(["fooCard"]);
    expect(cardBuilders()).toContain("host-invitation.ts: hostInvitationCard");
  });

  it("holds every card builder of cards/", () => {
    const missing = cardBuilders().filter((entry) => !registered.has(entry.split(": ")[1] ?? ""));
    expect(missing).toEqual([]);
  });

  it("names each card once", () => {
    const names = previewCards(round, skr10, "en").map((c) => c.name);
    expect(names.length).toBeGreaterThan(25);
    expect(new Set(names).size).toBe(names.length);
  });

  it("is filled as a national round fills it", () => {
    expect(nationalRound.clusters).toHaveLength(CLUSTERS);
    expect(NAME_LENGTH).toBe(ROUND_FILE_LIMITS.text);
    expect(nationalRound.organisations.every((o) => o.name.length === NAME_LENGTH)).toBe(true);
  });
});

describe("the cards that list a whole round", () => {
  const cards = new Map(previewCards(nationalRound, skr10, "en").map((c) => [c.name, c.card]));
  const text = (card: Card | undefined) => (card ? renderText(card) : "");

  it("the export summary shows the first organisations and counts the rest", () => {
    const rest = nationalRound.organisations.length - EXPORT_ROWS_SHOWN;
    const summary = text(cards.get("export-summary"));
    expect(summary).toContain(nationalRound.organisations[0]?.name);
    expect(summary).not.toContain(nationalRound.organisations[EXPORT_ROWS_SHOWN]?.name);
    expect(summary).toContain(`… and ${rest} more organisations: all of them are in the file.`);
  });

  it("the round overview shows the first clusters and points to the dashboard for the rest", () => {
    const overview = text(cards.get("round-overview"));
    expect(overview).toContain(nationalRound.clusters[0]?.name);
    expect(overview).not.toContain(nationalRound.clusters[OVERVIEW_ROWS_SHOWN]?.name);
    expect(overview).toContain(`… and ${CLUSTERS - OVERVIEW_ROWS_SHOWN} more clusters`);
  });

  it("a small round is shown whole, with nothing counted", () => {
    const small = previewCards(round, skr10, "en").find((c) => c.name === "export-summary")?.card;
    expect(text(small)).toContain(round.organisations.at(-1)?.name);
    expect(text(small)).not.toContain("more organisations");
  });
});

describe.each(ROUNDS)("in %s", (_label, sample) => {
  describe.each(CHECKLISTS.map((c) => [c.id, c] as const))("checklist %s", (_id, checklist) => {
    describe.each(LOCALES)("in %s", (locale) => {
      const cards = previewCards(sample, checklist, locale).map((c) => [c.name, c.card] as const);

      it.each(cards)("%s: Adaptive Card validates and stays under 28 KB", (_n, card) => {
        const json = renderAdaptive(card);
        expect(adaptiveCardProblems(json)).toEqual([]);
        expect(byteSize(json)).toBeLessThan(ADAPTIVE_MAX_BYTES);
      });

      it.each(cards)("%s: Block Kit stays within Slack's limits", (_n, card) => {
        expect(checkBlockKitMessage(renderBlockKitMessage(card))).toEqual([]);
        if (card.form) expect(checkBlockKitModal(renderBlockKitModal(card))).toEqual([]);
      });

      it.each(cards)("%s: no Slack button, modal title or modal button is cut short", (_n, card) => {
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
      });

      it.each(cards)("%s: text fallback starts with the title", (_n, card) => {
        const text = renderText(card);
        expect(text.startsWith(card.title)).toBe(true);
        expect(text.length).toBeGreaterThan(card.title.length + 1);
      });
    });
  });
});
