// What the Teams adapter itself says, in Swedish and English. Everything else comes from the engine.
import { pickLocale } from "../../domain/locale.ts";
import type { Locale } from "../../domain/round.ts";

export interface TeamsStrings {
  /** Shown to the person who pressed the button when the bot itself failed; the submission is in the log. */
  somethingWentWrong: string;
  /** The roster cannot say who the person is just now: nothing was saved, the card keeps the answers. */
  memberLookupUnavailable: string;
  /** A late invoke's save failed after the invoke was answered. */
  lateSaveFailed: string;
  /** An invoke answered before its save has ended; the confirmation follows as a post. */
  invokeStillSaving: string;
  /** In a channel, when a private reply cannot go to the person's personal chat. */
  noPersonalChatTitle: string;
  noPersonalChat: string;
}

const sv: TeamsStrings = {
  somethingWentWrong: "Något gick fel hos boten. Försök igen om en stund.",
  memberLookupUnavailable:
    "Teams kunde inte just nu tala om vem du är, så ingenting har sparats. Svaren finns kvar i kortet: försök igen om en stund.",
  lateSaveFailed: "Svaren kunde inte sparas. Fyll i kortet och skicka igen.",
  invokeStillSaving: "Svaren sparas. Bekräftelsen kommer strax här i chatten.",
  noPersonalChatTitle: "Svar i en privat chatt",
  noPersonalChat:
    "Svaret är bara till dig, men jag kan inte skriva till dig privat. Lägg till Modellbot som personlig app och fråga där.",
};

const en: TeamsStrings = {
  somethingWentWrong: "Something went wrong in the bot. Please try again shortly.",
  memberLookupUnavailable:
    "Teams could not tell the bot who you are just now, so nothing was saved. Your answers are still in the card: try again in a moment.",
  lateSaveFailed: "Your answers could not be saved. Fill in the card and send it again.",
  invokeStillSaving: "Your answers are being saved. The confirmation follows here in a moment.",
  noPersonalChatTitle: "Reply in a private chat",
  noPersonalChat:
    "The answer is for you only, but I cannot write to you privately. Add Modellbot as a personal app and ask there.",
};

/** Both catalogues, for a text shown in both languages (inBothLanguages in src/domain/locale.ts). */
export const TEAMS_TEXTS: Readonly<Record<Locale, TeamsStrings>> = { sv, en };

/** In the language of the person's Teams client when we speak it; Swedish otherwise (the programme's). */
export function teamsText(activityLocale: unknown): TeamsStrings {
  return pickLocale(typeof activityLocale === "string" ? activityLocale : undefined, "sv") === "sv" ? sv : en;
}
