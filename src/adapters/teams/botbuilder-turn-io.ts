// The connector calls through botbuilder: a turn's reply (TurnContext), roster (TeamsInfo) and personal
// chat (createConversationAsync), and a proactive post (continueConversationAsync).
import { type CloudAdapter, type ConversationParameters, TeamsInfo, type TurnContext } from "botbuilder";
import type { ProactivePost } from "./proactive-sender.ts";
import type { TurnIO } from "./turn-io.ts";

/** `appId` is the bot's app id, empty in local development. */
export function botbuilderTurnIO(context: TurnContext, appId: string): TurnIO {
  return {
    activity: context.activity,
    send: async (message) => (await context.sendActivity(message))?.id ?? "",
    member: (memberId) => TeamsInfo.getMember(context, memberId),
    async inPersonalChat(parameters, use) {
      // botbuilder hands an error thrown in the callback to onTurnError and resolves: carry it out instead.
      let ran = false;
      let failure: unknown;
      // The audience the activity came with; botbuilder falls back to the public cloud's when it is absent.
      const audience = context.turnState.get(context.adapter.OAuthScopeKey) as string;
      await context.adapter.createConversationAsync(
        appId,
        "msteams",
        context.activity.serviceUrl,
        audience,
        parameters as ConversationParameters,
        async (personal) => {
          ran = true;
          // The creation event's id would become a replyToId; this is a new post.
          personal.activity.id = undefined;
          try {
            await use({
              conversationId: personal.activity.conversation.id,
              send: async (message) => (await personal.sendActivity(message))?.id ?? "",
            });
          } catch (error) {
            failure = error;
          }
        },
      );
      if (!ran) throw new Error("the personal chat turn did not run");
      if (failure !== undefined) throw failure;
    },
  };
}

/** A proactive post through CloudAdapter.continueConversationAsync. */
export function botbuilderProactivePost(adapter: CloudAdapter, appId: string): ProactivePost {
  return async (reference, message) => {
    // botbuilder hands an error thrown in the callback to onTurnError and resolves: carry it out instead.
    let id: string | undefined;
    let failure: unknown = new Error("the proactive turn did not run");
    // botbuilder's type wants every field of a full reference; the connector needs only these.
    const partial = reference as Parameters<CloudAdapter["continueConversationAsync"]>[1];
    await adapter.continueConversationAsync(appId, partial, async (context) => {
      try {
        // The continuation event's made-up id would become a replyToId; a reminder is a new post instead.
        context.activity.id = undefined;
        id = (await context.sendActivity(message))?.id ?? "";
      } catch (error) {
        failure = error;
      }
    });
    if (id === undefined) throw failure;
    return id;
  };
}
