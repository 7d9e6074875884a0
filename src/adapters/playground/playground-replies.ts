// The engine's replies → what the page shows: the Adaptive Card it renders with `adaptivecards`, and the
// plain text (for screen readers' summaries, the tests, and anyone reading the JSON).
import type { Card } from "../../../cards/model.ts";
import { renderAdaptive } from "../../../cards/render-adaptive.ts";
import { renderText } from "../../../cards/render-text.ts";
import type { Reply } from "../../engine/events.ts";

export interface PlaygroundCard {
  kind: string;
  summary: string;
  adaptive: Record<string, unknown>;
  text: string;
}

export interface PlaygroundReply extends PlaygroundCard {
  type: Exclude<Reply["type"], "none">;
  /** For `form-invalid`: field id → message. */
  errors?: Record<string, string>;
  /** For `file`: what the page offers for download. */
  file?: { name: string; mimeType: string; content: string; encoding?: "base64" | undefined };
}

export function playgroundCard(card: Card): PlaygroundCard {
  return { kind: card.kind, summary: card.summary, adaptive: renderAdaptive(card), text: renderText(card) };
}

export function playgroundReplies(replies: Reply[]): PlaygroundReply[] {
  return replies.flatMap((reply): PlaygroundReply[] => {
    if (reply.type === "none") return [];
    const shown: PlaygroundReply = { type: reply.type, ...playgroundCard(reply.card) };
    if (reply.type === "form-invalid") shown.errors = reply.errors;
    if (reply.type === "file") shown.file = reply.file;
    return [shown];
  });
}
