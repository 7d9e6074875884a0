// Cards the stand-in engine answers with: shaped like the engine's, small enough to read in a test.
import type { Card } from "../../cards/model.ts";

export function statusCard(): Card {
  return {
    kind: "status",
    title: "Kluster Värmland",
    summary: "Steg 2 av 8: benchmarkingmöte 1 den 12 mars.",
    blocks: [{ type: "facts", facts: [{ label: "Grums", value: "baslinje klar, 21 poäng" }] }],
  };
}

export function assessmentForm(): Card {
  return {
    kind: "self-assessment",
    title: "Självskattning",
    summary: "Skatta de tio punkterna.",
    blocks: [
      {
        type: "choice",
        id: "point-1",
        label: "Fullmäktige har beslutat om jämställdhetsintegrering",
        options: [
          { value: "1", label: "1 Inte påbörjat" },
          { value: "2", label: "2 Behöver utvecklas" },
          { value: "3", label: "3 Finns, vi gör" },
        ],
        required: true,
      },
      { type: "text-input", id: "comment-1", label: "Kommentar", required: false, maxLength: 500 },
    ],
    form: {
      formId: "self-assessment",
      submitLabel: "Skicka",
      hidden: { roundId: "round-2026", organisationId: "grums", assessmentRound: "baseline" },
    },
  };
}

export function confirmationCard(): Card {
  return {
    kind: "self-assessment-confirmation",
    title: "Tack! Självskattningen är sparad",
    summary: "Totalt 21 poäng.",
    blocks: [{ type: "text", text: "Totalt 21 poäng, 3 mer än förra gången." }],
  };
}

export function withError(card: Card, inputId: string, error: string): Card {
  return {
    ...card,
    blocks: card.blocks.map((b) => ("id" in b && b.id === inputId ? { ...b, error } : b)),
  };
}
