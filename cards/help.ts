// The commands, one line each, in the user's language.
import type { Locale } from "../src/domain/round.ts";
import type { Card } from "./model.ts";
import { strings } from "./strings.ts";

export function helpCard(locale: Locale): Card {
  const t = strings(locale).help;
  return {
    kind: "help",
    title: t.title,
    summary: t.summary,
    blocks: [
      { type: "text", text: t.intro },
      { type: "facts", facts: t.commands.map((c) => ({ label: c.syntax, value: c.text })) },
      { type: "text", text: t.otherLanguage, muted: true },
    ],
  };
}
