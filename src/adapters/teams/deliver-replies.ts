// The engine's replies → Teams. In an `adaptiveCard/action` invoke, the form's outcome (confirmation or the
// form with field errors) replaces the submitted card through the invoke response; everything else is
// posted in the conversation as an Adaptive Card (an export too: its card carries the figures as a table,
// since a bot may not send files into Teams channels). A private reply goes where `postPrivately` says.
import type { Card } from "../../../cards/model.ts";
import type { SendOutcome } from "../../delivery/sender-port.ts";
import type { Reply } from "../../engine/events.ts";
import { type CardInvokeResponse, cardInvokeResponse, messageInvokeResponse } from "./card-activity.ts";

export type PostCard = (card: Card) => Promise<SendOutcome>;

export interface ReplyTargets {
  /** In the conversation the activity came from. */
  post: PostCard;
  /** For the asking person only. */
  postPrivately: PostCard;
}

/** What delivering one activity's replies came to (not the scheduler's outbox Delivery). */
export interface RepliesDelivered {
  /** Set only for an invoke: what the HTTP response to Teams carries. */
  invokeResponse: CardInvokeResponse | undefined;
  failures: string[];
  /** A post failed because the bot's token could not be had: nothing reached the person. */
  unavailable: boolean;
}

export async function deliverReplies(
  replies: Reply[],
  targets: ReplyTargets,
  isInvoke: boolean,
): Promise<RepliesDelivered> {
  let invokeResponse: CardInvokeResponse | undefined;
  const failures: string[] = [];
  let unavailable = false;
  for (const reply of replies) {
    if (reply.type === "none") continue;
    // A refusal replaces the submitted card too, so that the person sees why nothing was saved.
    const replacesCard =
      reply.type === "form-accepted" || reply.type === "form-invalid" || reply.type === "form-refused";
    if (isInvoke && replacesCard && !invokeResponse) {
      invokeResponse = cardInvokeResponse(reply.card);
      continue;
    }
    const post = reply.type === "private" ? targets.postPrivately : targets.post;
    const outcome = await post(reply.card);
    if (!outcome.ok) failures.push(outcome.error);
    if (!outcome.ok && outcome.unavailable) unavailable = true;
  }
  if (isInvoke && !invokeResponse) {
    // A button press: its answer was posted above; the pressed card stays as it is.
    const first = replies.find((r) => r.type !== "none");
    invokeResponse = messageInvokeResponse(first && "card" in first ? first.card.summary : "");
  }
  return { invokeResponse, failures, unavailable };
}
