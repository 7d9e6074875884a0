// The round's language is the default; a user's platform locale wins when it is one we speak.
import type { Locale } from "../domain/round.ts";

export function pickLocale(platformLocale: string | undefined, fallback: Locale): Locale {
  const language = platformLocale?.toLowerCase().split(/[-_]/)[0];
  if (language === "sv") return "sv";
  if (language === "en") return "en";
  return fallback;
}
