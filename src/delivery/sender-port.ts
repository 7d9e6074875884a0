// Proactive posting to an organisation's channel (reminders, notices to project managers).
import type { Card } from "../../cards/model.ts";
import type { ChatHome } from "../domain/round.ts";

export type SendOutcome =
  | { ok: true; messageId: string }
  /**
   * permanent: the platform said the bot can never post here as things stand (Slack channel_not_found,
   * not_in_channel, is_archived, account_inactive, invalid_auth; Teams 403, 404). The caller marks the
   * binding broken and tells the project managers. Not permanent: throttled past the retry budget, or an
   * outcome that is unknown (timeout after the request was sent): never resend those blindly.
   */
  | { ok: false; permanent: boolean; ambiguous: boolean; error: string };

export interface ChannelSender {
  readonly platform: ChatHome["platform"];
  /** `key` identifies the message (the outbox key) for logs and, where the platform allows, for lookup. */
  send(home: ChatHome, card: Card, key: string): Promise<SendOutcome>;
  /**
   * The id of a message this bot already posted in `home` under `key`, if the platform can say (Slack:
   * conversations.history, matching the post's metadata). The scheduler asks before resending a reminder
   * whose sender stopped mid-send; a sender without a lookup is never asked, and such a reminder is not
   * resent. Call it only when every earlier attempt has ended (after the outbox lease).
   */
  findSent?(home: ChatHome, key: string): Promise<string | undefined>;
}
