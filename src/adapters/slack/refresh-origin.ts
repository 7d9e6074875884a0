// After a form opened from a channel message (a reminder's button) is saved, that message would go on
// asking for what is now done: its buttons come off and a line says what was saved and by whom.
import { escapeMrkdwn } from "../../../cards/block-kit-text.ts";
import type { Card } from "../../../cards/model.ts";
import type { Logger } from "../../logging/logger.ts";
import type { SlackApi } from "./slack-api.ts";
import { type SlackLanguage, slackText } from "./slack-texts.ts";

interface StoredMessage {
  ts?: string;
  text?: string;
  blocks?: { type?: string }[];
}

export async function refreshOriginMessage(
  origin: { channel: string; ts: string },
  confirmation: Card,
  who: string,
  language: SlackLanguage,
  deps: { api: SlackApi; logger: Logger },
): Promise<void> {
  try {
    const found = await deps.api.call("conversations.history", {
      channel: origin.channel,
      latest: origin.ts,
      inclusive: true,
      limit: 1,
    });
    const message = ((found.messages ?? []) as StoredMessage[]).find((m) => m.ts === origin.ts);
    if (!message) return;
    const done = slackText(language).savedBy(confirmation.summary, who);
    const blocks = [
      ...(message.blocks ?? []).filter((b) => b.type !== "actions"),
      { type: "context", elements: [{ type: "mrkdwn", text: escapeMrkdwn(done) }] },
    ];
    await deps.api.call("chat.update", {
      channel: origin.channel,
      ts: origin.ts,
      text: message.text ?? done,
      blocks,
    });
  } catch (error) {
    // The submission is saved either way; an old message that stays as it was is only untidy.
    deps.logger.warn("slack: could not update the message the form came from", { err: error });
  }
}
