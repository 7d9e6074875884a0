// Proactive posting to an organisation's channel (reminders, notices to project managers).
import type { Card } from "../../cards/model.ts";
import type { ChatHome } from "../domain/round.ts";

export type SendOutcome =
  | { ok: true; messageId: string }
  /**
   * permanent: the platform said the bot can never post here as things stand (Slack channel_not_found,
   * not_in_channel, is_archived, account_inactive, invalid_auth; Teams 401, 403, 404, 413). The caller marks
   * the binding broken and tells the project managers. Not permanent: throttled past the retry budget, or an
   * outcome that is unknown (`ambiguous`: the request left and no clear answer came back).
   * `unavailable`: the platform's credentials could not be had (the Microsoft token endpoint is down): the
   * post never left, and every post of that platform fails the same way until it is back.
   */
  | { ok: false; permanent: boolean; ambiguous: boolean; unavailable?: boolean; error: string };

export interface SendOptions {
  /**
   * Called once, when the post is about to leave for the platform (after any wait for the channel's pace),
   * never for a post that does not leave. False: another instance holds the message; the sender must not
   * post. The scheduler claims the outbox entry here, so an open claim always means "may have left".
   */
  handOff?: () => Promise<boolean>;
}

export interface ChannelSender {
  readonly platform: ChatHome["platform"];
  /** `key` identifies the message (the outbox key) for logs and, where the platform allows, for lookup. */
  send(home: ChatHome, card: Card, key: string, options?: SendOptions): Promise<SendOutcome>;
  /**
   * The id of a message this bot already posted in `home` under `key`, if the platform can say (Slack:
   * conversations.history, matching the post's metadata). The scheduler asks before resending a reminder
   * whose outcome is unknown; a sender without a lookup (Teams) gets at most one resend after a delay.
   * Call it only when every earlier attempt has ended (after the outbox lease or the retry delay).
   */
  findSent?(home: ChatHome, key: string): Promise<string | undefined>;
}

/** Thrown inside a sender when `handOff` said no: the post must not leave. */
export class NotHandedOff extends Error {
  override name = "NotHandedOff";
}
