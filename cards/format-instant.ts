// An instant as people in the round read it: the date and the time of day in the round's time zone.
import type { Locale } from "../src/domain/round.ts";

const DATE_LOCALE: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

/** `2027-03-10T09:05:00Z` in Europe/Stockholm → "10 mars 2027 10:05" / "10 March 2027 10:05". */
export function formatInstant(iso: string, timeZone: string, locale: Locale): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const format = new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")} ${part("hour")}:${part("minute")}`;
}
