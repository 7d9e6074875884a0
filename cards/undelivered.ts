// Tells the project managers which messages never went out because the platform could not be signed in
// to (the Microsoft token endpoint was down) for as long as they mattered. Sent once per batch.
import type { Locale, Platform } from "../src/domain/round.ts";
import { platformName } from "./broken-channel.ts";
import type { Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";

export interface UndeliveredView {
  platform: Platform;
  /** Each message not delivered: its organisation and what it was (the kind and meeting, in words). */
  items: { organisationName: string; what: string }[];
}

/** A card stays well under the platforms' size limits with this many lines; the rest are counted. */
const MAX_ITEMS = 40;

export function undeliveredCard(view: UndeliveredView, locale: Locale): Card {
  const t = schedulerStrings(locale).undelivered;
  const shown = view.items.slice(0, MAX_ITEMS).map((i) => `• ${t.item(i.organisationName, i.what)}`);
  const more = view.items.length - shown.length;
  return {
    kind: "undelivered",
    title: t.title,
    summary: t.summary(view.items.length),
    blocks: [
      { type: "text", text: t.text(platformName(view.platform)) },
      { type: "text", text: [...shown, ...(more > 0 ? [`… +${more}`] : [])].join("\n") },
    ],
  };
}
