// Slack shows the person an error when a modal submission is not acknowledged within 3 s, even if the
// answers were then saved. When the save is not done by MODAL_ACK_BUDGET_MS, the ack carries a "saving"
// view instead, and the real answer (the confirmation, the form with its errors, or the next form)
// replaces it with views.update once the durable write has ended.
import { noticeCard } from "../../../cards/notice.ts";
import { renderBlockKitModal } from "../../../cards/render-block-kit.ts";
import type { Reply } from "../../engine/events.ts";

export { withinBudget } from "../../delivery/within-budget.ts";

import { withOriginChannel } from "./form-origin.ts";
import { modalAck } from "./modal-response.ts";
import { type SlackLanguage, slackText } from "./slack-texts.ts";
import { resultModal } from "./views.ts";

/** Measured from when the request arrived: leaves half a second for the ack to reach Slack. */
export const MODAL_ACK_BUDGET_MS = 2_500;

export function savingView(language: SlackLanguage): Record<string, unknown> {
  const t = slackText(language);
  return resultModal(noticeCard({ title: t.savingTitle, text: t.saving }), language);
}

export function saveFailedView(language: SlackLanguage): Record<string, unknown> {
  const t = slackText(language);
  return resultModal(noticeCard({ title: t.saveFailedTitle, text: t.saveFailed }), language);
}

/** What views.update shows in place of the "saving" view: what the ack would have carried. */
export function viewAfterSaving(
  replies: Reply[],
  channel: string,
  language: SlackLanguage,
): Record<string, unknown> | undefined {
  const ack = modalAck(replies, channel, language);
  if (!ack) return undefined;
  if (ack.response_action === "update") return ack.view;
  // Field errors cannot be sent to a view that is no longer the form: the form comes back with them shown.
  const invalid = replies.find((r) => r.type === "form-invalid");
  return invalid && "card" in invalid
    ? (renderBlockKitModal(withOriginChannel(invalid.card, channel)) as Record<string, unknown>)
    : undefined;
}
