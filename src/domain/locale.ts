// The one rule for reading a language from a platform or shell locale ("sv-SE", "en_GB.UTF-8"): the
// language when it is one we speak, else the caller's fallback. The engine, the Slack adapter and the CLI
// use it. inBothLanguages() is the one way to show a catalogue text in both.
import type { Locale } from "./round.ts";

export function pickLocale(platformLocale: string | undefined, fallback: Locale): Locale {
  const language = platformLocale?.toLowerCase().split(/[-_]/)[0];
  if (language === "sv") return "sv";
  if (language === "en") return "en";
  return fallback;
}

/**
 * One text in both languages, joined by " / ", for a reader whose language cannot be known at that point.
 * Swedish first (the programme's language) unless `first` says otherwise. `text` picks the entry from a
 * catalogue, so that an entry with parameters is filled in the same way in both.
 */
export function inBothLanguages<T>(
  catalogues: Readonly<Record<Locale, T>>,
  text: (strings: T) => string,
  first: Locale = "sv",
): string {
  const second: Locale = first === "sv" ? "en" : "sv";
  return `${text(catalogues[first])} / ${text(catalogues[second])}`;
}
