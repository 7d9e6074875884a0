// Private replies from a channel or group chat. Teams has no message there that only one person sees, so
// the reply goes to the person's personal (1:1) chat with the bot. Creating a 1:1 chat that exists returns
// that chat, so it is created each time and no per-person state is kept. When it cannot be created (the
// app is not installed for the person), a short note in the channel says where to ask instead: the private
// content itself never goes to the channel.
import type { Card } from "../../../cards/model.ts";
import { noticeCard } from "../../../cards/notice.ts";
import type { SendOutcome } from "../../delivery/sender-port.ts";
import { inBothLanguages } from "../../domain/locale.ts";
import type { Logger } from "../../logging/logger.ts";
import { cardMessage } from "./card-activity.ts";
import type { PostCard } from "./deliver-replies.ts";
import type { SendThrottle } from "./send-throttle.ts";
import { type RetryPolicy, sendWithRetry } from "./send-with-retry.ts";
import type { TeamsActivity } from "./teams-activity.ts";
import { TEAMS_TEXTS } from "./teams-texts.ts";
import type { PersonalChatParameters, TurnIO } from "./turn-io.ts";

/** Both languages: the note is read in the channel, and the person's language is the engine's to know. */
const NO_PERSONAL_CHAT = noticeCard({
  title: inBothLanguages(TEAMS_TEXTS, (t) => t.noPersonalChatTitle),
  text: inBothLanguages(TEAMS_TEXTS, (t) => t.noPersonalChat),
});

export interface PersonalChatDependencies {
  throttle: SendThrottle;
  retry: RetryPolicy;
  logger: Logger;
}

/** A channel or a group chat: everyone in it would see a reply. */
export function isSharedConversation(activity: TeamsActivity): boolean {
  const type = activity.conversation.conversationType;
  return type === "channel" || type === "groupChat";
}

export class PersonalChats {
  constructor(private readonly deps: PersonalChatDependencies) {}

  /** Posts `card` in the sender's personal chat; `inChannel` carries the note if that chat cannot be made. */
  async send(turn: TurnIO, activity: TeamsActivity, card: Card, inChannel: PostCard): Promise<SendOutcome> {
    let created = false;
    const outcome = await sendWithRetry(
      () =>
        this.postOnce(turn, activity, card, () => {
          created = true;
        }),
      this.deps.retry,
    );
    if (outcome.ok || created) return outcome;
    this.deps.logger.warn("teams: personal chat not available", { error: outcome.error });
    return inChannel(NO_PERSONAL_CHAT);
  }

  private async postOnce(
    turn: TurnIO,
    activity: TeamsActivity,
    card: Card,
    onCreated: () => void,
  ): Promise<string> {
    const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? "";
    let id = "";
    await turn.inPersonalChat(personalChatParameters(activity, tenantId), async (personal) => {
      onCreated();
      await this.deps.throttle.wait(tenantId, personal.conversationId);
      id = await personal.send(cardMessage(card));
    });
    return id;
  }
}

function personalChatParameters(activity: TeamsActivity, tenantId: string): PersonalChatParameters {
  return {
    isGroup: false,
    bot: { id: activity.recipient.id, name: activity.recipient.name ?? "" },
    members: [{ id: activity.from.id, name: activity.from.name ?? "" }],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  };
}
