// What one turn needs from the Teams library that delivered the activity, in the connector's terms: the
// activity as it came, a post in its conversation, a roster look-up, and a personal chat. botbuilder
// (botbuilder-turn-io.ts) and the Teams SDK (sdk/sdk-turn-io.ts) each implement it; everything else of a
// turn (tenant gate, dedupe, references, engine, delivery) is shared.
import type { OutgoingMessage } from "./card-activity.ts";

/** A member of the conversation as the roster gives it. */
export interface RosterMember {
  email?: string | undefined;
  userPrincipalName?: string | undefined;
}

/** What the Bot Connector needs to create (or reopen) a person's 1:1 chat with the bot. */
export interface PersonalChatParameters {
  isGroup: false;
  bot: { id: string; name: string };
  members: { id: string; name: string }[];
  tenantId: string;
  channelData: { tenant: { id: string } };
}

/** A personal chat the connector created: posts in it go through `send`. */
export interface PersonalChat {
  conversationId: string;
  send(message: OutgoingMessage): Promise<string>;
}

export interface TurnIO {
  /** The inbound activity, as the connector posted it. */
  readonly activity: unknown;
  /** Posts in the activity's conversation, as a reply to it; the new activity's id. */
  send(message: OutgoingMessage): Promise<string>;
  /** The roster entry of a conversation member; throws the connector's error (with its status). */
  member(memberId: string): Promise<RosterMember>;
  /**
   * Creates (or reopens) a personal chat and hands it to `use`. Throws the connector's error when the chat
   * cannot be created; an error thrown by `use` comes out as it is.
   */
  inPersonalChat(
    parameters: PersonalChatParameters,
    use: (chat: PersonalChat) => Promise<void>,
  ): Promise<void>;
}
