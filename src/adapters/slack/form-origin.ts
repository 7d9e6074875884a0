// A modal submission carries no channel. The adapter adds the channel the form was opened from to the
// form's hidden values (they travel in private_metadata) and takes it out again before the engine sees it.
import type { Card } from "../../../cards/model.ts";

const ORIGIN_CHANNEL = "_slack_channel";
const ORIGIN_MESSAGE = "_slack_message_ts";

/** Adds where the form came from: the channel, and the message whose button opened it (if any). */
export function withOriginChannel(card: Card, channel: string, messageTs?: string): Card {
  if (!card.form) return card;
  const origin = { [ORIGIN_CHANNEL]: channel, ...(messageTs ? { [ORIGIN_MESSAGE]: messageTs } : {}) };
  return { ...card, form: { ...card.form, hidden: { ...card.form.hidden, ...origin } } };
}

export function splitOriginChannel(hidden: Record<string, string>): {
  channel: string | undefined;
  messageTs: string | undefined;
  hidden: Record<string, string>;
} {
  const { [ORIGIN_CHANNEL]: channel, [ORIGIN_MESSAGE]: messageTs, ...rest } = hidden;
  return { channel, messageTs, hidden: rest };
}

/** private_metadata → the form's hidden values; anything that is not a string map counts as none. */
export function hiddenFromMetadata(metadata: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(metadata);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    return {};
  }
}
