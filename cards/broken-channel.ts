// Tells the project managers that a channel refused the bot for good, so reminders there have stopped.
import type { Locale, Platform } from "../src/domain/round.ts";
import type { Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";

export interface BrokenChannelView {
  organisationName: string;
  platform: Platform;
  channel: string;
  /** The platform's own error code, e.g. `channel_not_found` or `403`. */
  reason: string;
}

const PLATFORM_NAMES: Record<Platform, string> = { slack: "Slack", teams: "Teams" };

export function brokenChannelCard(view: BrokenChannelView, locale: Locale): Card {
  const t = schedulerStrings(locale).brokenChannel;
  const text = t.text(view.organisationName, PLATFORM_NAMES[view.platform], view.channel, view.reason);
  return {
    kind: "broken-channel",
    title: t.title,
    summary: t.summary(view.organisationName),
    blocks: [{ type: "text", text }],
  };
}

export function platformName(platform: Platform): string {
  return PLATFORM_NAMES[platform];
}
