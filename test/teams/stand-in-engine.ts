// A conversation engine stand-in: records the events it gets and answers with the replies a test chooses.
import type { Card } from "../../cards/model.ts";
import type { ConversationEngine } from "../../src/engine/engine-port.ts";
import type { InboundEvent, Reply } from "../../src/engine/events.ts";

export class StandInEngine implements ConversationEngine {
  readonly events: InboundEvent[] = [];

  constructor(public answer: (event: InboundEvent) => Reply[] = () => []) {}

  async handle(event: InboundEvent): Promise<Reply[]> {
    this.events.push(event);
    return this.answer(event);
  }
}

export function textCard(kind: string, title: string, summary: string): Card {
  return { kind, title, summary, blocks: [{ type: "text", text: summary }] };
}

/** A one-question form, shaped like the self-assessment. */
export function scoreForm(error?: string): Card {
  return {
    kind: "self-assessment",
    title: "Självskattning / Self-assessment",
    summary: "Fyll i självskattningen / Fill in the self-assessment",
    blocks: [
      {
        type: "choice",
        id: "point-1",
        label: "1. Fullmäktige har beslutat",
        options: [
          { value: "1", label: "1" },
          { value: "2", label: "2" },
          { value: "3", label: "3" },
        ],
        required: true,
        error,
      },
    ],
    form: { formId: "self-assessment", submitLabel: "Skicka", hidden: { roundId: "r2025", nonce: "n-42" } },
  };
}
