// The commands this person may use, one line each, in the user's language.
import type { Locale } from "../src/domain/round.ts";
import type { Card } from "./model.ts";
import { type Catalogue, strings } from "./strings.ts";

/** Every command the help card can list, in the order it lists them. */
export type HelpCommand = keyof Catalogue["help"]["commands"];

export function helpCommands(): HelpCommand[] {
  return Object.keys(strings("en").help.commands) as HelpCommand[];
}

export function helpCard(locale: Locale, allowed: readonly HelpCommand[], onBehalf = false): Card {
  const t = strings(locale).help;
  const shown = helpCommands().filter((c) => allowed.includes(c));
  return {
    kind: "help",
    title: t.title,
    summary: t.summary,
    blocks: [
      { type: "text", text: t.intro },
      {
        type: "facts",
        facts: shown.map((c) => ({ label: t.commands[c].syntax, value: t.commands[c].text })),
      },
      ...(onBehalf ? [{ type: "text" as const, text: t.onBehalf, muted: true }] : []),
      { type: "text", text: t.otherLanguage, muted: true },
    ],
  };
}
