// A request the bot will not handle (a workspace bound to no round, or one it has no bot token for) gets
// a clear answer on the surface it used, and nothing is stored. Without a token only the surfaces that
// need none can be answered: a modal's ack and a response_url.
import type { Card } from "../../../cards/model.ts";
import { renderBlockKitMessage } from "../../../cards/render-block-kit.ts";
import type { Ack } from "./handle-request.ts";
import type { SlackRequest } from "./parse-request.ts";
import { type PostTarget, postCard, respondToUrl } from "./post-card.ts";
import type { SlackApi } from "./slack-api.ts";
import { homeView, resultModal } from "./views.ts";

/** False when the refusal could not be shown (no token and no token-free way to answer). */
export async function refuseRequest(
  request: SlackRequest,
  card: Card,
  api: SlackApi | undefined,
  ack: Ack,
  ackMessage?: PostTarget["ackMessage"],
): Promise<boolean> {
  if (request.surface === "modal") {
    await ack({ response_action: "update", view: resultModal(card, "sv") });
    return true;
  }
  if (request.surface === "home") {
    if (!api) return false;
    await api.call("views.publish", { user_id: request.event.user.id, view: homeView(card) });
    return true;
  }
  if (api) await postCard(card, "private", { api, request, ackMessage });
  else if (ackMessage && (await ackMessage({ response_type: "ephemeral", ...renderBlockKitMessage(card) })))
    return true;
  else if (request.responseUrl) await respondToUrl(request.responseUrl, card, "private");
  else return false;
  return true;
}
