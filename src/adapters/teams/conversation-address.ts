// Where an activity came from, in the terms of the store and the round file: tenant and conversation.
import type { TeamsActivity } from "./teams-activity.ts";

export interface ConversationAddress {
  /** The tenant id: the `workspace` of a Teams chat home. */
  tenantId: string;
  /**
   * The channel or chat: a channel's own id (`19:…@thread.tacv2`), never a thread inside it, so that a
   * reply in a thread and a post in the channel bind the same place.
   */
  channel: string;
}

export function addressOf(activity: TeamsActivity): ConversationAddress | undefined {
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  if (!tenantId) return undefined;
  const channel = activity.channelData?.channel?.id ?? baseConversationId(activity.conversation.id);
  return { tenantId, channel };
}

/** A channel thread is addressed as `<channel id>;messageid=<root message id>`. */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(";")[0] ?? conversationId;
}
