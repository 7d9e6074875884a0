// A modal submission is answered in Slack's ack: field errors, a confirmation in place of the form, or
// the next form. Replies that are messages are posted afterwards.
import { renderBlockKitErrors, renderBlockKitModal } from "../../../cards/render-block-kit.ts";
import type { InboundEvent, Reply } from "../../engine/events.ts";
import { withOriginChannel } from "./form-origin.ts";
import { type SlackLanguage, SUBMIT_FAILED } from "./slack-texts.ts";
import { resultModal } from "./views.ts";

export type ModalAck =
  | { response_action: "errors"; errors: Record<string, string> }
  | { response_action: "update"; view: Record<string, unknown> };

export function modalAck(replies: Reply[], channel: string, language: SlackLanguage): ModalAck | undefined {
  for (const reply of replies) {
    if (reply.type === "form-invalid") {
      return { response_action: "errors", errors: { ...reply.errors, ...renderBlockKitErrors(reply.card) } };
    }
    if (reply.type === "form-accepted" || reply.type === "form-refused") {
      return { response_action: "update", view: resultModal(reply.card, language) };
    }
    if (reply.type === "form") {
      const view = renderBlockKitModal(withOriginChannel(reply.card, channel)) as Record<string, unknown>;
      return { response_action: "update", view };
    }
  }
  return undefined;
}

/** What is left to post once the ack has answered the modal. */
export function followUps(replies: Reply[]): Reply[] {
  return replies.filter((r) => r.type === "message" || r.type === "private");
}

/**
 * When handling a submission failed, the form stays open with the person's answers and a note on its
 * first answered field: submitting again is handled (the failed delivery was forgotten). An empty ack
 * would close the modal and lose what they wrote.
 */
export function failedModalAck(event: InboundEvent, message: string = SUBMIT_FAILED): ModalAck | undefined {
  const values = event.type === "form-submitted" ? event.values : {};
  const first = Object.keys(values)[0];
  return first ? { response_action: "errors", errors: { [first]: message } } : undefined;
}
