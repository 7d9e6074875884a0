// A slash command is answered in its ack when the answer is ready in time: the message Slack shows is the
// ack's JSON body. This reads it back, or undefined for an empty ack.
import type { SlackResponse } from "./signed-request.ts";

export interface AckMessage {
  response_type?: string;
  text?: string;
  blocks?: unknown[];
  [field: string]: unknown;
}

export function ackMessage(response: SlackResponse): AckMessage | undefined {
  if (response.status !== 200 || response.body === "") return undefined;
  return JSON.parse(response.body) as AckMessage;
}
