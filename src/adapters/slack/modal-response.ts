// A modal submission is answered in Slack's ack: field errors, a confirmation in place of the form, or
// the next form. Replies that are messages are posted afterwards.
import { renderBlockKitErrors, renderBlockKitModal } from "../../../cards/render-block-kit.ts";
import type { Reply } from "../../engine/events.ts";
import { withOriginChannel } from "./form-origin.ts";
import type { SlackLanguage } from "./slack-texts.ts";
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
