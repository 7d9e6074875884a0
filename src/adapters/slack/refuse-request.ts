// A workspace bound to no round gets a clear answer on the surface it used, and nothing is stored.
import type { Ack } from "./handle-request.ts";
import type { SlackRequest } from "./parse-request.ts";
import { postCard } from "./post-card.ts";
import type { SlackApi } from "./slack-api.ts";
import { homeView, resultModal, unboundWorkspaceCard } from "./views.ts";

export async function refuseUnboundWorkspace(request: SlackRequest, api: SlackApi, ack: Ack): Promise<void> {
  const card = unboundWorkspaceCard();
  if (request.surface === "modal") {
    await ack({ response_action: "update", view: resultModal(card, "sv") });
    return;
  }
  if (request.surface === "home") {
    await api.call("views.publish", { user_id: request.event.user.id, view: homeView(card) });
    return;
  }
  await postCard(card, "private", { api, request });
}
