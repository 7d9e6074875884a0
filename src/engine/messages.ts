// Everything the engine itself says, in Swedish and English. Card texts live in cards/strings.ts.
import { strings } from "../../cards/strings.ts";
import type { Locale } from "../domain/round.ts";

export type StaleAgainst = "opened" | "yours";

export interface Messages {
  unknownPersonTitle: string;
  unknownPerson: (email: string) => string;
  noEmail: string;
  unknownWorkspaceTitle: string;
  unknownWorkspace: string;
  refusedTitle: string;
  /** A name that matches no cluster or organisation: a typing slip, not a refusal. */
  notFoundTitle: string;
  /** Someone who may act for several organisations has to say which one. */
  whichOrganisationTitle: string;
  noMeetingAheadTitle: string;
  meetingPassedTitle: string;
  formatTitle: string;
  commandTooLong: (max: number) => string;
  welcomeTitle: string;
  welcomeHome: (organisation: string, round: string) => string;
  welcomeUnbound: (round: string) => string;
  welcomePersonal: (round: string) => string;
  outdatedButtonTitle: string;
  outdatedButton: string;
  /** `against`: the changes are since the form was opened, or (opened before any answers) from yours. */
  staleAnswers: (who: string, when: string, changes: string[], against: StaleAgainst) => string;
  changedPoint: (n: number, title: string, from: string, to: string) => string;
  changedComment: (n: number) => string;
  moreChanges: (n: number) => string;
  changedField: (label: string, from: string, to: string) => string;
  changedText: (label: string) => string;
  languageTitle: string;
  languageNow: (chosen: boolean) => string;
  languageUsage: string;
  languageSet: string;
  languageDefault: string;
  notYourOrganisation: (organisation: string) => string;
  roundClosedTitle: string;
  roundClosed: string;
  roundConcluded: (round: string) => string;
  whichFormTitle: string;
  whichForm: (forms: string) => string;
  descriptionTitle: string;
  description: (organisation: string, link: string) => string;
  onlyKeyPersonDescription: string;
  staleForm: (current: string) => string;
  statusOthersOnly: string;
  statusOtherCluster: (own: string) => string;
  unknownCluster: (name: string, known: string | undefined) => string;
  noSuchOrganisation: (name: string, known: string | undefined) => string;
  nameTheOrganisation: string;
  notYourOrganisationNamed: string;
  notAssignedTitle: string;
  notAssigned: (email: string) => string;
  identityChangedTitle: string;
  identityChangedForUser: string;
  refusedAttemptTitle: string;
  refusedAttempt: (account: string, what: string, organisation: string) => string;
  identityChanged: (account: string, was: string, now: string) => string;
  onlyProjectManagers: string;
  onlyParticipants: string;
  notThisChannel: (organisation: string) => string;
  onlyKeyPerson: string;
  bindUsage: string;
  bindUnknown: (name: string, known: string) => string;
  bindNotHere: string;
  boundTitle: string;
  bound: (organisation: string, round: string) => string;
  publishedBadLink: string;
  publishedLinkTooLong: (max: number) => string;
  publishedNothingAhead: string;
  markedLate: (deadline: string) => string;
  publishedMeetingPassed: (was: string, next: string) => string;
  publishedTitle: string;
  published: (organisation: string, meeting: string, link: string) => string;
  alreadySaved: string;
  resultsWhich: string;
  exportUsage: string;
  resultsNotYours: string;
  unknownCommandTitle: string;
  unknownCommand: (word: string) => string;
  fieldRequired: string;
  scoreOffScale: (min: number, max: number) => string;
  notPlainText: string;
  tooLong: (max: number) => string;
  notWholeNumber: (min: number, max: number) => string;
  notADate: string;
  endBeforeStart: string;
  unknownField: (field: string) => string;
  bySexTooMany: string;
  notAPhase: string;
  unknownPoints: string;
  unknownSubSteps: string;
  formUnknown: string;
  formErrorsTitle: string;
  stepSetTitle: string;
  stepSet: (cluster: string, step: number) => string;
  setStepUsage: string;
  setStepNotYours: string;
  meeting: {
    "start-up": string;
    "benchmarking-1": string;
    "benchmarking-2": string;
    "benchmarking-3": string;
    "results-conference": string;
  };
  assessmentRound: {
    baseline: string;
    "before-benchmarking-2": string;
    "before-benchmarking-3": string;
    "before-results-conference": string;
  };
}

const en: Messages = {
  unknownPersonTitle: "I don't know you yet",
  unknownPerson: (email: string) =>
    `${email} is not in any programme round I run. Ask your project manager to add you to the round file.`,
  noEmail:
    "I could not read your e-mail address from the chat platform, so I cannot tell which organisation you belong to.",
  unknownWorkspaceTitle: "Not set up here",
  unknownWorkspace:
    "This workspace is not part of any programme round. Ask your project manager to set it up.",
  refusedTitle: "Not allowed",
  notFoundTitle: "Not found",
  whichOrganisationTitle: "Which organisation?",
  noMeetingAheadTitle: "No meeting ahead",
  meetingPassedTitle: "That meeting has passed",
  formatTitle: "Check what you wrote",
  commandTooLong: (max: number): string =>
    `That is longer than any command (at most ${max.toLocaleString("en-GB")} characters). Write help to see the commands.`,
  welcomeTitle: "Hello, I am Modellbot",
  welcomeHome: (organisation: string, round: string): string =>
    `I help ${organisation} through ${round}: the self-assessments, the PDSA work and the deadlines before each meeting. This channel is ${organisation}'s home, so its reminders come here. Write help to see what you can ask me.`,
  welcomeUnbound: (round: string): string =>
    `I help the organisations of ${round} through the programme: the self-assessments, the PDSA work and the deadlines. This channel belongs to no organisation yet: a project manager can make it one's home with bind <organisation>. Write help to see what you can ask me.`,
  welcomePersonal: (round) =>
    `I help the organisations of ${round} through the programme: the self-assessments, the PDSA work and the deadlines. This is our personal chat: what you ask me here, only you see. Write help to see what you can ask me.`,
  outdatedButtonTitle: "This button is out of date",
  outdatedButton:
    "It comes from an older message, and I no longer know what it did. Nothing was changed. This is what you can do now:",
  staleAnswers: (who, when, changes, against) =>
    `${who} saved this form on ${when}, after you opened it. Nothing of yours was saved yet.${changes.length ? (against === "opened" ? ` What changed: ${changes.join("; ")}.` : ` Where their answers differ from yours (yours → theirs): ${changes.join("; ")}.`) : ""} Submit again to save your answers over theirs; to keep theirs, leave this form unsent.`,
  changedPoint: (n: number, title: string, from: string, to: string): string =>
    `point ${n} (${title}) ${from} → ${to}`,
  changedComment: (n: number): string => `the comment on point ${n}`,
  moreChanges: (n: number): string => `and ${n} more`,
  changedField: (label: string, from: string, to: string): string => `${label} ${from} → ${to}`,
  changedText: (label: string): string => `the text of “${label}”`,
  languageTitle: "Language",
  languageNow: (chosen: boolean): string =>
    chosen
      ? "I speak English to you, as you chose. Write language sv for Swedish, or language default for your organisation's language."
      : "I speak English to you, your organisation's language. Write language sv for Swedish.",
  languageUsage:
    "Write language sv for Swedish or language en for English (language default: your organisation's).",
  languageSet: "From now on I answer you in English, on every platform.",
  languageDefault: "From now on I answer you in your organisation's language, English.",
  notYourOrganisation: (organisation: string) =>
    `You can only answer for your own organisation (${organisation}). Nothing was saved.`,
  roundClosedTitle: "The round is closed",
  roundClosed: "All self-assessment rounds of this programme round are closed. Nothing was saved.",
  roundConcluded: (round: string) =>
    `${round} has concluded: the results conference is over, so the forms are closed and nothing was saved. Results, status and exports stay available.`,
  whichFormTitle: "Which checklist?",
  whichForm: (forms: string) =>
    `This round scores several checklists: ${forms}. Choose one, e.g. assess committee.`,
  descriptionTitle: "Description published",
  description: (organisation: string, link: string) =>
    `${organisation}'s description for the start-up meeting is marked published: ${link}`,
  onlyKeyPersonDescription:
    "Only your organisation's key person (or a project manager) can mark the description published.",
  staleForm: (current: string) =>
    `This form belongs to an earlier self-assessment round; the open round is ${current}. Nothing was saved: type assess to get the current form.`,
  statusOthersOnly: "The cluster summary is for mentors and project managers. Here is your own organisation.",
  statusOtherCluster: (own: string) =>
    `As a mentor you follow ${own}; other clusters are for the project managers to see. Here is ${own}.`,
  unknownCluster: (name: string, known: string | undefined) =>
    `There is no cluster called “${name}”.${known ? ` Clusters: ${known}.` : ""}`,
  noSuchOrganisation: (name: string, known: string | undefined) =>
    `There is no organisation called “${name}” in this round.${known ? ` Organisations: ${known}.` : ""}`,
  nameTheOrganisation:
    "Name the organisation you act for (e.g. assess karlstad), or ask in that organisation's channel.",
  notYourOrganisationNamed:
    "You can only do that for your own organisation. Nothing was shown or saved, and the project managers have been told of the attempt.",
  notAssignedTitle: "Not from this workspace",
  notAssigned: (email: string) =>
    `This account reports the address ${email}, but the programme round does not let that person sign in from this workspace or tenant. Use the account your own organisation gave you, or ask a project manager to list this one in the round file. Nothing was shown or saved.`,
  identityChangedTitle: "Your account has changed",
  identityChangedForUser:
    "The e-mail address of this account is not the one I first knew it by, so I will not act on it. A project manager has been told and can sort it out. Nothing was shown or saved.",
  refusedAttemptTitle: "Refused: an attempt on another organisation",
  refusedAttempt: (account: string, what: string, organisation: string) =>
    `${account} tried “${what}”${organisation ? ` for ${organisation}` : ""}. It was refused and nothing was shown or changed. See the audit trail: npm run cli -- audit.`,
  identityChanged: (account: string, was: string, now: string) =>
    `${account} was first known as ${was} and now reports ${now}. It is refused until you decide: if the change is right, forget the old binding with npm run cli -- accounts forget.`,
  onlyProjectManagers: "Only a project manager can do that.",
  onlyParticipants: "That is for the people of an organisation in the round.",
  notThisChannel: (organisation: string) =>
    `This channel belongs to ${organisation}. Ask in your own organisation's channel, or in a direct message to the bot.`,
  onlyKeyPerson:
    "Only your organisation's key person (or a project manager) can mark the presentation published.",
  bindUsage: "Write the organisation to link this channel to, e.g. bind karlstad.",
  bindUnknown: (name: string, known: string) =>
    `There is no organisation called “${name}”. Organisations: ${known}.`,
  bindNotHere: "The playground's channels belong to their organisations already.",
  boundTitle: "Channel linked",
  bound: (organisation: string, round: string) =>
    `This channel is now ${organisation}'s home in ${round}. Reminders for ${organisation} will be posted here.`,
  publishedBadLink: "That does not look like a web link. Write a link that starts with https://.",
  publishedLinkTooLong: (max: number) =>
    `That link is longer than ${max} characters. Write the presentation's own, shorter link.`,
  publishedNothingAhead: "There is no benchmarking meeting ahead to publish a presentation for.",
  markedLate: (deadline: string) => `That is after the deadline (${deadline}), so it counts as late.`,
  publishedMeetingPassed: (was: string, next: string) =>
    `The form was for ${was}, which has passed. Nothing was saved: type published to give the link for ${next}.`,
  publishedTitle: "Presentation published",
  published: (organisation: string, meeting: string, link: string) =>
    `${organisation}'s presentation for ${meeting} is marked published: ${link}`,
  alreadySaved: "This was already saved; nothing changed.",
  resultsWhich: "Name the organisation, e.g. results karlstad.",
  exportUsage: "Write export, export csv, export json, export md or export xlsx.",
  resultsNotYours:
    "You can see your own organisation's results; mentors and project managers see their clusters'.",
  unknownCommandTitle: "I did not understand that",
  unknownCommand: (word: string) => `I don't know “${word}”. This is what I can do:`,
  fieldRequired: "Choose a value.",
  scoreOffScale: (min: number, max: number) => `Choose a score from ${min} to ${max}.`,
  notPlainText: "Write plain text here.",
  tooLong: (max: number) => `At most ${max} characters.`,
  notWholeNumber: (min: number, max: number) =>
    `Write a whole number from ${min} to ${max.toLocaleString("en-GB")}.`,
  notADate: "Write a date as YYYY-MM-DD, e.g. 2027-04-20.",
  endBeforeStart: "The cycle cannot end before it started.",
  unknownField: (field: string) => `The form has a field this round does not know (${field}).`,
  bySexTooMany: "Cannot be more than the number of statistics reported.",
  notAPhase: "Choose plan, do, study or act.",
  unknownPoints: "Choose points from this round's checklist.",
  unknownSubSteps: "Choose sub-steps from the list.",
  formUnknown: "This form is unknown or out of date. Nothing was saved.",
  formErrorsTitle: "Please check the form",
  stepSetTitle: "Step changed",
  stepSet: (cluster: string, step: number) =>
    `${cluster} is now at step ${step}. The calendar takes over again at its next change.`,
  setStepUsage: "Write the step (1–8) and, if you follow several clusters, the cluster: setstep 4 kalmar.",
  setStepNotYours: "Only the cluster's mentor or a project manager can set its step.",
  meeting: strings("en").meetingInSentence,
  assessmentRound: {
    baseline: "the baseline self-assessment",
    "before-benchmarking-2": "the round before benchmarking meeting 2",
    "before-benchmarking-3": "the round before benchmarking meeting 3",
    "before-results-conference": "the round before the results conference",
  },
};

const sv: Messages = {
  unknownPersonTitle: "Jag känner inte igen dig än",
  unknownPerson: (email) =>
    `${email} finns inte med i någon programomgång som jag sköter. Be projektledaren lägga till dig i omgångens fil.`,
  noEmail:
    "Jag kunde inte läsa din e-postadress från chattverktyget och vet därför inte vilken organisation du tillhör.",
  unknownWorkspaceTitle: "Inte uppsatt här",
  unknownWorkspace:
    "Den här arbetsytan ingår inte i någon programomgång. Be projektledaren att koppla in den.",
  refusedTitle: "Inte tillåtet",
  notFoundTitle: "Hittades inte",
  whichOrganisationTitle: "Vilken organisation?",
  noMeetingAheadTitle: "Inget möte kvar",
  meetingPassedTitle: "Mötet har redan varit",
  formatTitle: "Kontrollera det du skrev",
  commandTooLong: (max) =>
    `Det är längre än något kommando (högst ${max.toLocaleString("sv-SE")} tecken). Skriv hjälp för att se kommandona.`,
  welcomeTitle: "Hej, jag är Modellbot",
  welcomeHome: (organisation, round) =>
    `Jag hjälper ${organisation} genom ${round}: självskattningarna, PGSA-arbetet och det som ska vara klart före varje möte. Den här kanalen är ${organisation}s hem, så påminnelserna kommer hit. Skriv hjälp för att se vad du kan fråga mig om.`,
  welcomeUnbound: (round) =>
    `Jag hjälper organisationerna i ${round} genom programmet: självskattningarna, PGSA-arbetet och det som ska vara klart före varje möte. Kanalen hör inte till någon organisation än: en projektledare kan göra den till en organisations hem med koppla <organisation>. Skriv hjälp för att se vad du kan fråga mig om.`,
  welcomePersonal: (round) =>
    `Jag hjälper organisationerna i ${round} genom programmet: självskattningarna, PGSA-arbetet och det som ska vara klart före varje möte. Det här är vår personliga chatt: det du frågar mig om här ser bara du. Skriv hjälp för att se vad du kan fråga mig om.`,
  outdatedButtonTitle: "Knappen är inaktuell",
  outdatedButton:
    "Den kommer från ett äldre meddelande, och jag vet inte längre vad den gjorde. Inget ändrades. Det här kan du göra nu:",
  staleAnswers: (who, when, changes, against) =>
    `${who} sparade formuläret ${when}, efter att du öppnade det. Inget av ditt har sparats än.${changes.length ? (against === "opened" ? ` Det här ändrades: ${changes.join("; ")}.` : ` Där de sparade svaren skiljer sig från dina (ditt → sparat): ${changes.join("; ")}.`) : ""} Skicka igen för att spara dina svar i stället; för att behålla de nyare skickar du inte formuläret.`,
  changedPoint: (n, title, from, to) => `punkt ${n} (${title}) ${from} → ${to}`,
  changedComment: (n) => `kommentaren till punkt ${n}`,
  moreChanges: (n) => `och ${n} till`,
  changedField: (label, from, to) => `${label} ${from} → ${to}`,
  changedText: (label) => `texten i ”${label}”`,
  languageTitle: "Språk",
  languageNow: (chosen) =>
    chosen
      ? "Jag talar svenska med dig, som du valt. Skriv språk en för engelska, eller språk standard för din organisations språk."
      : "Jag talar svenska med dig, din organisations språk. Skriv språk en för engelska.",
  languageUsage:
    "Skriv språk sv för svenska eller språk en för engelska (språk standard: din organisations).",
  languageSet: "Från och med nu svarar jag dig på svenska, på alla plattformar.",
  languageDefault: "Från och med nu svarar jag dig på din organisations språk, svenska.",
  notYourOrganisation: (organisation) =>
    `Du kan bara svara för din egen organisation (${organisation}). Inget sparades.`,
  roundClosedTitle: "Omgången är avslutad",
  roundClosed: "Alla självskattningsomgångar i den här programomgången är stängda. Inget sparades.",
  roundConcluded: (round) =>
    `${round} är avslutad: resultatkonferensen har varit, så formulären är stängda och inget sparades. Resultat, läge och export finns kvar.`,
  whichFormTitle: "Vilken checklista?",
  whichForm: (forms) => `Omgången skattar flera checklistor: ${forms}. Välj en, t.ex. bedöm nämnd.`,
  descriptionTitle: "Beskrivningen är publicerad",
  description: (organisation, link) =>
    `${organisation}s beskrivning inför startmötet är markerad som publicerad: ${link}`,
  onlyKeyPersonDescription:
    "Bara er nyckelperson (eller en projektledare) kan markera beskrivningen som publicerad.",
  staleForm: (current) =>
    `Formuläret hör till en tidigare självskattning; den öppna är ${current}. Inget sparades: skriv bedöm för att få det aktuella formuläret.`,
  statusOthersOnly:
    "Klustrets sammanfattning är till för mentorer och projektledare. Här är din egen organisation.",
  statusOtherCluster: (own) =>
    `Som mentor följer du ${own}; andra kluster är det projektledarna som ser. Här är ${own}.`,
  unknownCluster: (name, known) =>
    `Det finns inget kluster som heter ”${name}”.${known ? ` Kluster: ${known}.` : ""}`,
  noSuchOrganisation: (name, known) =>
    `Det finns ingen organisation som heter ”${name}” i omgången.${known ? ` Organisationer: ${known}.` : ""}`,
  nameTheOrganisation:
    "Skriv vilken organisation du agerar för (till exempel bedöm karlstad), eller fråga i organisationens kanal.",
  notYourOrganisationNamed:
    "Det kan du bara göra för din egen organisation. Inget visades eller sparades, och projektledarna har fått veta om försöket.",
  notAssignedTitle: "Inte från den här arbetsytan",
  notAssigned: (email) =>
    `Kontot anger adressen ${email}, men programomgången låter inte den personen logga in från den här arbetsytan eller klientorganisationen. Använd kontot som din egen organisation gav dig, eller be en projektledare att lägga till det här kontot i omgångens fil. Inget visades eller sparades.`,
  identityChangedTitle: "Ditt konto har ändrats",
  identityChangedForUser:
    "Kontots e-postadress är inte den jag först kände det under, så jag agerar inte på det. En projektledare har fått veta och kan reda ut det. Inget visades eller sparades.",
  refusedAttemptTitle: "Nekat: ett försök mot en annan organisation",
  refusedAttempt: (account, what, organisation) =>
    `${account} försökte ”${what}”${organisation ? ` för ${organisation}` : ""}. Det nekades och inget visades eller ändrades. Se granskningsloggen: npm run cli -- audit.`,
  identityChanged: (account, was, now) =>
    `${account} var först känt som ${was} och anger nu ${now}. Det nekas tills ni bestämmer: om ändringen är riktig, glöm den gamla kopplingen med npm run cli -- accounts forget.`,
  onlyProjectManagers: "Det kan bara en projektledare göra.",
  onlyParticipants: "Det är till för personerna i en organisation som deltar i omgången.",
  notThisChannel: (organisation) =>
    `Den här kanalen tillhör ${organisation}. Fråga i din egen organisations kanal eller i ett direktmeddelande till boten.`,
  onlyKeyPerson:
    "Bara organisationens nyckelperson (eller en projektledare) kan markera presentationen som publicerad.",
  bindUsage: "Skriv vilken organisation kanalen ska kopplas till, till exempel koppla karlstad.",
  bindUnknown: (name, known) => `Det finns ingen organisation som heter ”${name}”. Organisationer: ${known}.`,
  bindNotHere: "Lekplatsens kanaler hör redan till sina organisationer.",
  boundTitle: "Kanalen är kopplad",
  bound: (organisation, round) =>
    `Den här kanalen är nu ${organisation}s kanal i ${round}. Påminnelser till ${organisation} skickas hit.`,
  publishedBadLink: "Det ser inte ut som en webblänk. Skriv en länk som börjar med https://.",
  publishedLinkTooLong: (max) =>
    `Länken är längre än ${max} tecken. Skriv presentationens egen, kortare länk.`,
  publishedNothingAhead: "Det finns inget kommande benchmarkingmöte att publicera en presentation för.",
  markedLate: (deadline) => `Det är efter sista dagen (${deadline}), så den räknas som försenad.`,
  publishedMeetingPassed: (was, next) =>
    `Formuläret gällde ${was}, som redan har varit. Inget sparades: skriv publicerad för att ge länken inför ${next}.`,
  publishedTitle: "Presentationen är publicerad",
  published: (organisation, meeting, link) =>
    `${organisation}s presentation inför ${meeting} är markerad som publicerad: ${link}`,
  alreadySaved: "Det här var redan sparat; inget ändrades.",
  resultsWhich: "Skriv vilken organisation, till exempel resultat karlstad.",
  exportUsage: "Skriv exportera, exportera csv, exportera json, exportera md eller exportera xlsx.",
  resultsNotYours: "Du kan se din egen organisations resultat; mentorer och projektledare ser sina klusters.",
  unknownCommandTitle: "Det förstod jag inte",
  unknownCommand: (word) => `Jag känner inte till ”${word}”. Det här kan jag:`,
  fieldRequired: "Välj ett värde.",
  scoreOffScale: (min, max) => `Välj ett värde från ${min} till ${max}.`,
  notPlainText: "Skriv vanlig text här.",
  tooLong: (max) => `Högst ${max} tecken.`,
  notWholeNumber: (min, max) => `Skriv ett heltal från ${min} till ${max.toLocaleString("sv-SE")}.`,
  notADate: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-04-20.",
  endBeforeStart: "Cykeln kan inte sluta innan den har börjat.",
  unknownField: (field) => `Formuläret har ett fält som omgången inte känner till (${field}).`,
  bySexTooMany: "Kan inte vara fler än antalet redovisade statistikområden.",
  notAPhase: "Välj planera, göra, studera eller agera.",
  unknownPoints: "Välj punkter ur omgångens checklista.",
  unknownSubSteps: "Välj delsteg ur listan.",
  formUnknown: "Formuläret är okänt eller inaktuellt. Inget sparades.",
  formErrorsTitle: "Kontrollera formuläret",
  stepSetTitle: "Steget är ändrat",
  stepSet: (cluster, step) => `${cluster} är nu i steg ${step}. Kalendern tar över igen vid nästa ändring.`,
  setStepUsage: "Skriv steget (1–8) och, om du följer flera kluster, klustret: sättsteg 4 kalmar.",
  setStepNotYours: "Bara klustrets mentor eller en projektledare kan ändra dess steg.",
  meeting: strings("sv").meetingInSentence,
  assessmentRound: {
    baseline: "nulägesbedömningen",
    "before-benchmarking-2": "skattningen inför benchmarkingmöte 2",
    "before-benchmarking-3": "skattningen inför benchmarkingmöte 3",
    "before-results-conference": "skattningen inför resultatkonferensen",
  },
};

const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, sv };

export function messages(locale: Locale): Messages {
  return CATALOGUES[locale];
}
