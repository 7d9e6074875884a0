// The one rule for reading a language from a platform or shell locale ("sv-SE", "en_GB.UTF-8"): the
// language when it is one we speak, else the caller's fallback. The engine, the Slack adapter and the CLI
// use it.
import type { Locale } from "./round.ts";

export function pickLocale(platformLocale: string | undefined, fallback: Locale): Locale {
  const language = platformLocale?.toLowerCase().split(/[-_]/)[0];
  if (language === "sv") return "sv";
  if (language === "en") return "en";
  return fallback;
}
