// What the playground's JSON API says when it refuses a request, in Swedish and English. The API answers in
// both (inBothLanguages): a refused or unreadable request carries no language, and the page shows the error
// as it comes. The page's own texts are in public/playground.js.
import type { Locale } from "../../domain/round.ts";

export interface PlaygroundStrings {
  /** "Next reminder" pressed with none ahead in any round. */
  noReminderAhead: string;
  /** The clock is fixed while the bot is connected to real Slack or Teams. */
  timeTravelOff: string;
  /** Before the problems zod found, one per field. */
  invalidRequest: string;
  notJson: string;
  tooLarge: string;
  /** Before the parser's own words. */
  invalidJson: string;
  /** Before why: one of the four reasons below. */
  forbidden: string;
  notThisMachine: string;
  hostNotLocalhost: string;
  crossSite: string;
  foreignOrigin: string;
}

const sv: PlaygroundStrings = {
  noReminderAhead: "Det finns ingen påminnelse längre fram i omgången.",
  timeTravelOff: "Klockan kan inte flyttas när boten är kopplad till Slack eller Teams.",
  invalidRequest: "ogiltig begäran",
  notJson: "skicka innehållet som application/json",
  tooLarge: "innehållet är för stort",
  invalidJson: "innehållet är inte giltig JSON",
  forbidden: "förbjudet",
  notThisMachine: "lekplatsen svarar bara den här datorn",
  hostNotLocalhost: "Host måste vara localhost",
  crossSite: "begäran från en annan webbplats",
  foreignOrigin: "främmande ursprung",
};

const en: PlaygroundStrings = {
  noReminderAhead: "There is no reminder ahead in the round.",
  timeTravelOff: "The clock cannot be moved while the bot is connected to Slack or Teams.",
  invalidRequest: "invalid request",
  notJson: "send the body as application/json",
  tooLarge: "the body is too large",
  invalidJson: "the body is not valid JSON",
  forbidden: "forbidden",
  notThisMachine: "the playground answers only this machine",
  hostNotLocalhost: "the Host must be localhost",
  crossSite: "cross-site request",
  foreignOrigin: "foreign origin",
};

/** Both catalogues, for inBothLanguages (src/domain/locale.ts). */
export const PLAYGROUND_TEXTS: Readonly<Record<Locale, PlaygroundStrings>> = { sv, en };
