// What the Teams adapter itself says, in Swedish and English. Everything else comes from the engine.
import { pickLocale } from "../../domain/locale.ts";

export interface TeamsStrings {
  /** Shown to the person who pressed the button when the bot itself failed; the submission is in the log. */
  somethingWentWrong: string;
}

const sv: TeamsStrings = {
  somethingWentWrong: "Något gick fel hos boten. Försök igen om en stund.",
};

const en: TeamsStrings = {
  somethingWentWrong: "Something went wrong in the bot. Please try again shortly.",
};

/** In the language of the person's Teams client when we speak it; Swedish otherwise (the programme's). */
export function teamsText(activityLocale: unknown): TeamsStrings {
  return pickLocale(typeof activityLocale === "string" ? activityLocale : undefined, "sv") === "sv" ? sv : en;
}
