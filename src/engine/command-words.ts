// The words a user types, in both languages. One table serves the parser and the help card.
import type { Locale } from "../domain/round.ts";

export type CommandName =
  | "status"
  | "assess"
  | "pdsa"
  | "guide"
  | "published"
  | "description"
  | "stats"
  | "bind"
  | "help"
  | "home"
  | "results"
  | "setstep"
  | "export"
  | "dashboard"
  | "history"
  | "calendar"
  | "language";

const WORDS: Readonly<Record<string, CommandName>> = {
  status: "status",
  läge: "status",
  assess: "assess",
  bedöm: "assess",
  bedom: "assess",
  självskattning: "assess",
  pdsa: "pdsa",
  pgsa: "pdsa",
  guide: "guide",
  steg: "guide",
  published: "published",
  publicerad: "published",
  description: "description",
  beskrivning: "description",
  stats: "stats",
  statistics: "stats",
  statistik: "stats",
  bind: "bind",
  koppla: "bind",
  help: "help",
  hjälp: "help",
  hjalp: "help",
  home: "home",
  results: "results",
  setstep: "setstep",
  export: "export",
  exportera: "export",
  sättsteg: "setstep",
  sattsteg: "setstep",
  resultat: "results",
  hem: "home",
  dashboard: "dashboard",
  översikt: "dashboard",
  oversikt: "dashboard",
  history: "history",
  historik: "history",
  calendar: "calendar",
  kalender: "calendar",
  language: "language",
  språk: "language",
  sprak: "language",
};

/** Every command the parser can produce, for the tests that check the help card and permission table. */
export const COMMAND_NAMES: readonly CommandName[] = [...new Set(Object.values(WORDS))];

export interface ParsedCommand {
  name: CommandName | "unknown";
  /** What followed the command word, trimmed. */
  argument: string;
  /** The word as typed, for "I don't know X" answers. */
  word: string;
}

/** Accepts `status`, `/status`, `/modell status`, `modell status`, any case; strips mentions already removed by adapters. */
export function parseCommand(text: string): ParsedCommand {
  let rest = text.trim().replace(/^\/+/, "");
  const leading = /^(modell|modellbot)\b\s*/i.exec(rest);
  if (leading) rest = rest.slice(leading[0].length).replace(/^\/+/, "");
  const match = /^(\S+)\s*([\s\S]*)$/.exec(rest);
  if (!match) return { name: "help", argument: "", word: "" };
  const word = (match[1] ?? "").toLocaleLowerCase("sv");
  return { name: WORDS[word] ?? "unknown", argument: (match[2] ?? "").trim(), word: match[1] ?? "" };
}

/** The words for a language after `language` (språk), in both languages; `default` goes back to the organisation's. */
const LANGUAGE_WORDS: Readonly<Record<string, Locale | "default">> = {
  sv: "sv",
  svenska: "sv",
  swedish: "sv",
  en: "en",
  engelska: "en",
  english: "en",
  default: "default",
  standard: "default",
};

export function languageWord(typed: string): Locale | "default" | undefined {
  return LANGUAGE_WORDS[typed];
}
