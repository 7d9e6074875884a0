// Conversation references: taken from an activity to be stored, read back (validated) to post proactively,
// or built from the round file's chat home before the first activity has arrived.
import { z } from "zod";
import type { ChatHome } from "../../domain/round.ts";
import type { ConversationAddress } from "./conversation-address.ts";
import type { TeamsActivity } from "./teams-activity.ts";

export const conversationReferenceSchema = z.object({
  channelId: z.string(),
  serviceUrl: z.url(),
  conversation: z.object({
    id: z.string().min(1),
    tenantId: z.string().optional(),
    conversationType: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  locale: z.string().optional(),
});

export type StoredConversationReference = z.infer<typeof conversationReferenceSchema>;

/**
 * Addressed to the channel itself (not the thread the activity was in) and to no user in particular, so
 * that a proactive post starts a new message in the channel.
 */
export function referenceFromActivity(activity: TeamsActivity, address: ConversationAddress) {
  return {
    channelId: "msteams",
    serviceUrl: activity.serviceUrl,
    conversation: {
      id: address.channel,
      tenantId: address.tenantId,
      ...(activity.conversation.conversationType
        ? { conversationType: activity.conversation.conversationType }
        : {}),
    },
    bot: { id: activity.recipient.id, ...(activity.recipient.name ? { name: activity.recipient.name } : {}) },
    ...(activity.locale ? { locale: activity.locale } : {}),
  } satisfies StoredConversationReference;
}

/** Before any activity: the region's service URL, the tenant and the conversation id from the round file. */
export function referenceFromHome(home: ChatHome, serviceUrl: string): StoredConversationReference {
  return {
    channelId: "msteams",
    serviceUrl,
    conversation: { id: home.channel, tenantId: home.workspace },
  };
}
