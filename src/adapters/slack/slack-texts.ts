// What the Slack adapter itself says, in Swedish and English. Everything else comes from the engine.
import { pickLocale } from "../../domain/locale.ts";
import type { Locale } from "../../domain/round.ts";
export type SlackLanguage = Locale;

/** The user's Slack locale when we speak it; Swedish otherwise (the programme's language). */
export function languageOf(locale: string | undefined): SlackLanguage {
  return pickLocale(locale, "sv");
}

export interface SlackStrings {
  openFormSummary: string;
  openForm: string;
  close: string;
  savedBy: (what: string, who: string) => string;
  uploadRefused: string;
  savingTitle: string;
  saving: string;
  saveFailedTitle: string;
  saveFailed: string;
}

const sv: SlackStrings = {
  openFormSummary: "Formuläret öppnas i ett eget fönster: tryck på knappen.",
  openForm: "Öppna formuläret",
  close: "Stäng",
  savedBy: (what: string, who: string) => `✓ ${what} (${who})`,
  uploadRefused:
    "Slack tillät inte boten att lägga upp filen här (den behöver behörigheten files:write). Tabellen ovan har samma siffror.",
  savingTitle: "Sparar",
  saving: "Svaren sparas. Det här fönstret visar strax om det gick.",
  saveFailedTitle: "Inte sparat",
  saveFailed: "Svaren kunde inte sparas den här gången. Öppna formuläret igen och skicka en gång till.",
};

const en: SlackStrings = {
  openFormSummary: "The form opens in its own window: press the button.",
  openForm: "Open the form",
  close: "Close",
  savedBy: (what: string, who: string) => `✓ ${what} (${who})`,
  uploadRefused:
    "Slack did not let the bot upload the file here (it needs the files:write scope). The table above has the same figures.",
  savingTitle: "Saving",
  saving: "Your answers are being saved. This window will show in a moment whether it worked.",
  saveFailedTitle: "Not saved",
  saveFailed: "Your answers could not be saved this time. Open the form again and submit once more.",
};

export function slackText(language: SlackLanguage): SlackStrings {
  return language === "sv" ? sv : en;
}

/** Shown in both languages: an unbound workspace belongs to no round, so there is no round language. */
export const UNBOUND_WORKSPACE = {
  title: "Modellbot",
  summary:
    "Den här Slack-arbetsytan är inte kopplad till någon programomgång, så boten kan inte svara här. " +
    "Be projektledaren för omgången att koppla den. / This Slack workspace is not linked to any " +
    "programme round, so the bot cannot answer here. Ask the round's project manager to link it.",
};

/**
 * Shown in both languages: the workspace takes part, but the bot has no bot token for it (its own
 * installation is not configured yet), so it must not answer with another workspace's token.
 */
export const NO_WORKSPACE_TOKEN = {
  title: "Modellbot",
  summary:
    "Boten är inte färdiginstallerad för den här Slack-arbetsytan, så den kan inte svara här än. " +
    "Be projektledaren för omgången att kontakta den som driver boten. / The bot is not fully installed " +
    "for this Slack workspace, so it cannot answer here yet. Ask the round's project manager to contact " +
    "whoever runs the bot.",
};

/** On a field of a form whose submission failed; both languages, as the person's locale may be unknown. */
export const SUBMIT_FAILED =
  "Något gick fel, men svaren finns kvar: skicka igen. / Something went wrong; your answers are still here: submit again.";

/**
 * When Slack cannot say who the person is just now (users.info failing): both languages, as their locale
 * is part of what could not be had. Nothing was saved, and a modal keeps their answers.
 */
export const IDENTITY_UNAVAILABLE =
  "Slack kunde inte just nu tala om vem du är, så ingenting har sparats. Svaren finns kvar: försök igen om en stund. / Slack could not tell the bot who you are just now, so nothing was saved. Your answers are still here: try again in a moment.";
