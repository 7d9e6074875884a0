// Formatting that every card shares: dates, shift arrows, the progress bar.
import type { IsoDate, Locale } from "../src/domain/round.ts";

const DATE_LOCALE: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

// Building a formatter is far costlier than using one; one per language serves every card.
const FORMATS = new Map<Locale, Intl.DateTimeFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALE[locale], {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    FORMATS.set(locale, format);
  }
  return format;
}

// A round's cards show the same few dozen dates again and again; formatToParts is costly each time.
const FORMATTED: Record<Locale, Map<IsoDate, string>> = { sv: new Map(), en: new Map() };
const FORMATTED_KEPT = 2_000;

/** `2027-03-09` → "tisdag 9 mars 2027" / "Tuesday 9 March 2027". Dates are calendar dates: no time zone shift. */
export function formatDate(date: IsoDate, locale: Locale): string {
  const known = FORMATTED[locale];
  let text = known.get(date);
  if (text === undefined) {
    text = formatOnce(date, locale);
    if (known.size >= FORMATTED_KEPT) known.clear();
    known.set(date, text);
  }
  return text;
}

function formatOnce(date: IsoDate, locale: Locale): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const parts = dateFormat(locale).formatToParts(parsed);
  // Assembled from parts so that the punctuation does not depend on the ICU version.
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
}

/** A signed change with an arrow, so that direction never depends on colour: "↑ +2", "↓ −1", "→ 0". */
export function arrow(change: number): string {
  if (change > 0) return `↑ +${change}`;
  if (change < 0) return `↓ −${Math.abs(change)}`;
  return "→ 0";
}

/** "■■■□□□□□" for 3 of 8. */
export function progressBar(value: number, max: number): string {
  const filled = Math.max(0, Math.min(max, Math.round(value)));
  return "■".repeat(filled) + "□".repeat(Math.max(0, max - filled));
}

/** A whole-number percentage in the locale's style: "62 %" (sv) or "62%" (en). */
export function formatPercent(share: number, locale: Locale): string {
  const rounded = Math.round(share * 100);
  return locale === "sv" ? `${rounded} %` : `${rounded}%`;
}
