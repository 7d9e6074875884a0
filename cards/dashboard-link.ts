// The answer to `dashboard`: a personal link, with what it shows and until when it works.
import type { Locale } from "../src/domain/round.ts";
import { formatInstant } from "./format-instant.ts";
import { historyStrings } from "./history-strings.ts";
import type { Card } from "./model.ts";

export function dashboardLinkCard(
  view: { url: string; expiresAt: string; timeZone: string },
  locale: Locale,
): Card {
  const t = historyStrings(locale);
  return {
    kind: "dashboard-link",
    title: t.linkTitle,
    summary: t.linkSummary,
    blocks: [
      { type: "text", text: t.linkText(formatInstant(view.expiresAt, view.timeZone, locale)) },
      { type: "actions", actions: [{ type: "open-url", label: t.open, url: view.url }] },
    ],
  };
}

/** The answer to `calendar`: the file goes with it where the platform takes files, the link everywhere. */
export function calendarCard(
  view: { of: string; fileName: string; url?: string | undefined },
  locale: Locale,
): Card {
  const t = historyStrings(locale);
  return {
    kind: "calendar",
    title: t.calendarTitle(view.of),
    summary: t.calendarSummary(view.of),
    blocks: [
      { type: "text", text: t.calendarText },
      { type: "text", text: view.fileName, muted: true },
      ...(view.url
        ? [
            {
              type: "actions" as const,
              actions: [{ type: "open-url" as const, label: t.calendarLink, url: view.url }],
            },
          ]
        : []),
    ],
  };
}
