// Puts a card where the user will see it: in a slash command's ack while it has not been sent, else
// through the response_url of a slash command or button (both work in channels the bot is not a member
// of), else as a channel message, an ephemeral message or a DM.
import type { Card } from "../../../cards/model.ts";
import { renderBlockKitMessage } from "../../../cards/render-block-kit.ts";
import { callWithRetry, REPLY_RETRY, realSleep, type SlackRetryPolicy } from "./call-with-retry.ts";
import type { SlackRequest } from "./parse-request.ts";
import { postToResponseUrl } from "./response-url.ts";
import type { SlackApi } from "./slack-api.ts";

export type Visibility = "channel" | "private";

export interface PostTarget {
  api: SlackApi;
  request: SlackRequest;
  /**
   * A slash command's pending ack, which can carry its first message: Slack shows it as the answer, and
   * the bot saves a response_url round trip. False once the ack has gone (then the response_url answers).
   */
  ackMessage?: ((message: Record<string, unknown>) => Promise<boolean>) | undefined;
}

function isDirectConversation(request: SlackRequest): boolean {
  const { channel, user } = request.event;
  // DM channel ids start with D; a user id as channel posts to the user's DM with the app.
  return request.surface === "direct-message" || channel.startsWith("D") || channel === user.id;
}

function responseType(visibility: Visibility): "in_channel" | "ephemeral" {
  return visibility === "channel" ? "in_channel" : "ephemeral";
}

const RESPONSE_URL_RETRY: SlackRetryPolicy = { ...REPLY_RETRY, sleep: realSleep, random: Math.random };

/** Answers through a response_url, which needs no bot token; a 429 is waited out like any other post. */
export async function respondToUrl(
  url: string,
  card: Card,
  visibility: Visibility,
  policy: SlackRetryPolicy = RESPONSE_URL_RETRY,
): Promise<void> {
  const response_type = responseType(visibility);
  const body = { response_type, replace_original: false, ...renderBlockKitMessage(card) };
  await callWithRetry(() => postToResponseUrl(url, body), policy, false);
}

export async function postCard(card: Card, visibility: Visibility, target: PostTarget): Promise<void> {
  const { api, request } = target;
  if (target.ackMessage) {
    const message = { response_type: responseType(visibility), ...renderBlockKitMessage(card) };
    if (await target.ackMessage(message)) return;
  }
  if (request.responseUrl) return respondToUrl(request.responseUrl, card, visibility);
  // A mention inside a thread is answered in that thread.
  const message = {
    ...renderBlockKitMessage(card),
    ...(request.threadTs ? { thread_ts: request.threadTs } : {}),
  };
  const { channel, user } = request.event;
  if (visibility === "channel" || isDirectConversation(request)) {
    await api.call("chat.postMessage", { channel, ...message });
    return;
  }
  await api.call("chat.postEphemeral", { channel, user: user.id, ...message });
}
