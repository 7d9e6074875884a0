// Tells the project managers that a reminder may not have arrived: the bot stopped mid-send on a
// platform where it cannot look the message up, and it never resends what may already be there.
import type { Locale, Platform } from "../src/domain/round.ts";
import { platformName } from "./broken-channel.ts";
import type { Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";

export interface UnknownOutcomeView {
  organisationName: string;
  platform: Platform;
  /** The title of the card that may not have arrived, in the project managers' language. */
  what: string;
}

export function unknownOutcomeCard(view: UnknownOutcomeView, locale: Locale): Card {
  const t = schedulerStrings(locale).unknownOutcome;
  const what = `"${view.what}"`;
  return {
    kind: "unknown-outcome",
    title: t.title,
    summary: t.summary(view.organisationName),
    blocks: [{ type: "text", text: t.text(view.organisationName, what, platformName(view.platform)) }],
  };
}
