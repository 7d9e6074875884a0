// A turn's connector calls and the proactive post through the Teams SDK's API client: the same requests
// botbuilder makes (a reply names the activity it answers, a new post names none).
import type { StoredConversationReference } from "../conversation-reference.ts";
import type { ProactivePost } from "../proactive-sender.ts";
import { type TeamsActivity, teamsActivitySchema } from "../teams-activity.ts";
import type { TurnIO } from "../turn-io.ts";
import type { ConnectorApi } from "./connector-api.ts";

type Activity = Parameters<ReturnType<ConnectorApi["for"]>["conversations"]["createActivity"]>[1];

export function sdkTurnIO(activity: unknown, api: ConnectorApi): TurnIO {
  // The fields every call needs; a turn whose activity does not parse makes none of them.
  const parsed = teamsActivitySchema.safeParse(activity);
  const known = (): TeamsActivity => {
    if (!parsed.success) throw new Error("the activity has no conversation to answer in");
    return parsed.data;
  };
  return {
    activity,
    async send(message) {
      const a = known();
      const reply = {
        ...message,
        from: a.recipient,
        recipient: a.from,
        conversation: a.conversation,
      } as unknown as Activity;
      const client = api.for(a.serviceUrl).conversations;
      const sent = a.id
        ? await client.replyToActivity(a.conversation.id, a.id, reply)
        : await client.createActivity(a.conversation.id, reply);
      return sent?.id ?? "";
    },
    member: async (memberId) =>
      api.for(known().serviceUrl).conversations.getMemberById(known().conversation.id, memberId),
    async inPersonalChat(parameters, use) {
      const a = known();
      const client = api.for(a.serviceUrl).conversations;
      // The SDK's type wants each account's role; the connector needs only what botbuilder sends.
      const created = await client.create(parameters as unknown as Parameters<typeof client.create>[0]);
      await use({
        conversationId: created.id,
        send: async (message) => {
          const post = {
            ...message,
            from: parameters.bot,
            conversation: { id: created.id },
          } as unknown as Activity;
          return (await client.createActivity(created.id, post))?.id ?? "";
        },
      });
    },
  };
}

/** A new post in the referenced conversation (a reminder, a notice). */
export function sdkProactivePost(api: ConnectorApi): ProactivePost {
  return async (reference: StoredConversationReference, message) => {
    const post = {
      ...message,
      ...(reference.bot ? { from: reference.bot } : {}),
      conversation: reference.conversation,
    } as unknown as Activity;
    const sent = await api
      .for(reference.serviceUrl)
      .conversations.createActivity(reference.conversation.id, post);
    return sent?.id ?? "";
  };
}
