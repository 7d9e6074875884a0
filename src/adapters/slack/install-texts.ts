// What the "Add to Slack" pages and the project managers' notices about installs say, in Swedish and English.
// The pages show both languages (who opens them is not known yet); a notice speaks its round's language.
export type InstallLanguage = "sv" | "en";

/** Why an install did not finish, as the installer is told. */
export type InstallRefusal = "cancelled" | "expired" | "reused" | "missing" | "failed";

/** The install pages' and notices' words; each language's catalogue has exactly these. */
export interface InstallTexts {
  htmlLang: string;
  installTitle: string;
  installIntro: string;
  installButton: string;
  installNote: string;
  doneTitle: string;
  done: (workspace: string) => string;
  doneUnbound: (workspace: string) => string;
  refusedTitle: string;
  refused: Record<InstallRefusal, string>;
  startAgain: string;
  uninstalledTitle: string;
  uninstalled: (workspace: string, organisations: string) => string;
  noOrganisations: string;
  unboundTitle: string;
  unbound: (workspace: string) => string;
}

const sv: InstallTexts = {
  htmlLang: "sv",
  installTitle: "Lägg till Modellbot i Slack",
  installIntro:
    "Modellbot följer er programomgång i SKR:s benchmarkingmodell: steg, möten, självskattning och PGSA. " +
    "Den som får installera appar i er Slack-arbetsyta trycker på knappen och godkänner behörigheterna.",
  installButton: "Lägg till i Slack",
  installNote: "Länken gäller i 10 minuter och en gång.",
  doneTitle: "Modellbot är installerad",
  done: (workspace: string) =>
    `Modellbot finns nu i ${workspace}. Bjud in boten till organisationens kanal (/invite @Modellbot) och skriv /modell hjälp.`,
  doneUnbound: (workspace: string) =>
    `Modellbot finns nu i ${workspace}, men arbetsytan hör inte till någon programomgång än. Boten svarar bara det ` +
    "tills projektledaren har kopplat en kanal. Projektledarna har fått veta det.",
  refusedTitle: "Installationen blev inte klar",
  refused: {
    cancelled: "Installationen avbröts i Slack, så ingenting har sparats. Börja om när du vill.",
    expired: "Installationslänken har gått ut (den gäller i 10 minuter), så ingenting har sparats. Börja om.",
    reused: "Installationslänken har redan använts, så ingenting har sparats. Börja om.",
    missing:
      "Installationen kom inte från en installationssida i den här webbläsaren, så ingenting har sparats. Börja om.",
    failed: "Slack godkände inte installationen just nu, så ingenting har sparats. Försök igen om en stund.",
  } satisfies Record<InstallRefusal, string>,
  startAgain: "Börja om",
  uninstalledTitle: "Modellbot togs bort ur en Slack-arbetsyta",
  uninstalled: (workspace: string, organisations: string) =>
    `Modellbot är inte längre installerad i Slack-arbetsytan ${workspace}. Påminnelser och svar dit är pausade för ` +
    `${organisations}. Påminnelser som inte kan levereras registreras som inte levererade. När arbetsytan lägger ` +
    "till appen igen (Lägg till i Slack) fortsätter det.",
  noOrganisations: "ingen organisation i omgången",
  unboundTitle: "Modellbot installerades i en okänd Slack-arbetsyta",
  unbound: (workspace: string) =>
    `Modellbot installerades i Slack-arbetsytan ${workspace}, som inte hör till någon programomgång. Boten svarar där ` +
    "bara att arbetsytan inte är med i en omgång. Koppla en kanal där (koppla <organisation>) om den ska vara med.",
};

const en: InstallTexts = {
  htmlLang: "en",
  installTitle: "Add Modellbot to Slack",
  installIntro:
    "Modellbot follows your programme round of SKR's benchmarking model: steps, meetings, self-assessment and " +
    "PDSA. Someone allowed to install apps in your Slack workspace presses the button and approves the permissions.",
  installButton: "Add to Slack",
  installNote: "The link works for 10 minutes, once.",
  doneTitle: "Modellbot is installed",
  done: (workspace: string) =>
    `Modellbot is now in ${workspace}. Invite the bot to your organisation's channel (/invite @Modellbot) and type /modell help.`,
  doneUnbound: (workspace: string) =>
    `Modellbot is now in ${workspace}, but the workspace is not part of any programme round yet. The bot says only ` +
    "that until a project manager links a channel. The project managers have been told.",
  refusedTitle: "The install did not finish",
  refused: {
    cancelled: "The install was cancelled in Slack, so nothing was saved. Start again whenever you like.",
    expired: "The install link has expired (it works for 10 minutes), so nothing was saved. Start again.",
    reused: "The install link was already used, so nothing was saved. Start again.",
    missing:
      "The install did not come from an install page in this browser, so nothing was saved. Start again.",
    failed: "Slack did not accept the install just now, so nothing was saved. Try again in a moment.",
  },
  startAgain: "Start again",
  uninstalledTitle: "Modellbot was removed from a Slack workspace",
  uninstalled: (workspace: string, organisations: string) =>
    `Modellbot is no longer installed in the Slack workspace ${workspace}. Reminders and answers there are paused ` +
    `for ${organisations}. Reminders that cannot be delivered are recorded as not delivered. When the workspace adds ` +
    "the app again (Add to Slack), they resume.",
  noOrganisations: "no organisation of the round",
  unboundTitle: "Modellbot was installed in an unknown Slack workspace",
  unbound: (workspace: string) =>
    `Modellbot was installed in the Slack workspace ${workspace}, which is not part of any programme round. There the ` +
    "bot only says that the workspace is not in a round. Link a channel there (bind <organisation>) if it should be.",
};

const TEXTS: Record<InstallLanguage, InstallTexts> = { sv, en };

export function installText(language: InstallLanguage): InstallTexts {
  return TEXTS[language];
}

/** The pages' order: Swedish first, the programme's language. */
export const PAGE_LANGUAGES: readonly InstallLanguage[] = ["sv", "en"];
