// Neutral cards → what Teams shows: an Adaptive Card attachment on a message, or the card that replaces
// the submitted one in an `adaptiveCard/action` invoke response.
import type { Card } from "../../../cards/model.ts";
import { renderAdaptive } from "../../../cards/render-adaptive.ts";

export const ADAPTIVE_CARD_TYPE = "application/vnd.microsoft.card.adaptive";
const MESSAGE_TYPE = "application/vnd.microsoft.activity.message";

export interface OutgoingMessage {
  type: "message";
  /** The card summary: what notifications and clients without cards show. */
  text: string;
  summary: string;
  attachments: { contentType: string; content: object }[];
}

export function cardMessage(card: Card): OutgoingMessage {
  return {
    type: "message",
    text: card.summary,
    summary: card.summary,
    attachments: [{ contentType: ADAPTIVE_CARD_TYPE, content: renderAdaptive(card) }],
  };
}

export interface CardInvokeResponse {
  statusCode: 200;
  type: string;
  value: object | string;
}

/** The submitted card is replaced by this one (a confirmation, or the form with its field errors). */
export function cardInvokeResponse(card: Card): CardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: renderAdaptive(card) };
}

/** The card stays as it is; Teams shows this short text to the user who pressed the button. */
export function messageInvokeResponse(text: string): CardInvokeResponse {
  return { statusCode: 200, type: MESSAGE_TYPE, value: text };
}
