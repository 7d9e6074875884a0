// What the round-file checks say, in Swedish and English: errors and warnings an operator reads in the CLI.
// Both languages are typed by one key set, `RoundFileStrings`; a problem carries both (`message` in English,
// `sv` in Swedish) so the CLI can print the one its operator reads.

export type TypeName = "string" | "number" | "boolean" | "array" | "object";
type SchemaHint =
  | "id"
  | "date"
  | "email"
  | "accountWorkspace"
  | "slackWorkspace"
  | "slackChannel"
  | "teamsTenant"
  | "teamsChannel"
  | "timeZone";

export interface RoundFileStrings {
  clusterSize: (count: number) => string;
  organisationIdTwice: (id: string, first: number) => string;
  emailTwice: (email: string, owner: string) => string;
  channelTwice: (owner: string) => string;
  uncheckable: (reason: string) => string;
  fileUnreadable: (reason: string) => string;
  notAfterStartUp: (m: string, date: string, startUp: string) => string;
  deadlineBeforeStartUp: (m: string, date: string, deadline: string, startUp: string) => string;
  notBeforeConference: (m: string, date: string, resultsConference: string) => string;
  meetingsOutOfOrder: (m: string, date: string, id: string, previousDate: string) => string;
  conferenceBeforeStartUp: (resultsConference: string, startUp: string) => string;
  clusterIdTwice: (id: string) => string;
  alreadyInCluster: (id: string, where: string) => string;
  mentorAsMember: (id: string, cId: string) => string;
  listedTwice: (id: string, cId: string) => string;
  unknownOrganisation: (id: string) => string;
  inNoCluster: (id: string) => string;
  hostNotInCluster: (host: string, id: string, members: string) => string;
  hostsTwice: (host: string, earlier: string) => string;
  unknownChecklist: (id: string, names: string) => string;
  checklistAndChecklists: string;
  checklistTwice: string;
  checklistIdDiffers: (id: string) => string;
  checklistFolderUnreadable: (reason: string) => string;
  unrecognisablePerson: (name: string, id: string) => string;
  unrecognisableProjectManager: (name: string) => string;
  checklistMissing: string;
  roleMissing: (id: string, role: string) => string;
  roleTwice: (id: string, count: number, role: string) => string;
  fileTooLarge: (bytes: number, mb: number) => string;
  nestedTooDeep: (levels: number) => string;
  yamlSyntax: (problem: string) => string;
  aliasUnusable: (reason: string) => string;
  tooManyAliases: (max: number) => string;
  startUpMeeting: string;
  resultsConference: string;
  dayOff: (meeting: string, date: string) => string;
  inJuly: (meeting: string, date: string) => string;
  finalAssessmentTooEarly: (meeting: string, date: string, days: number, finalDue: number) => string;
  firstReminderTooEarly: (meeting: string, date: string, days: number, firstReminder: number) => string;
  unknownField: (key: string) => string;
  fieldMissing: (field: string) => string;
  missing: string;
  wrongType: (expected: string, found: string) => string;
  typeNames: Record<TypeName, string>;
  empty: string;
  aList: string;
  aMapping: string;
  notAllowed: (value: string, allowed: string) => string;
  oneOf: (options: string) => string;
  atLeast: (minimum: string) => string;
  notEmpty: string;
  tooLong: (maximum: string) => string;
  tooMany: (maximum: string) => string;
  hints: Record<SchemaHint, string>;
}

const en: RoundFileStrings = {
  clusterSize: (count: number) =>
    `a cluster has 2 or 3 benchmarking organisations besides its mentor, not ${count}: add or move organisations`,
  organisationIdTwice: (id: string, first: number) =>
    `the id "${id}" is already used by organisations[${first}]: give each organisation its own id`,
  emailTwice: (email: string, owner: string) =>
    `${email} is already listed for ${owner}: a person belongs to one organisation, once`,
  channelTwice: (owner: string) =>
    `this channel is already ${owner}'s home: each organisation needs a channel of its own`,
  uncheckable: (reason: string) => `the file could not be checked (${reason}): simplify it or report this`,
  fileUnreadable: (reason: string) => `cannot read the file (${reason}): check the path`,
  notAfterStartUp: (m: string, date: string, startUp: string) =>
    `${m} (${date}) is not after the start-up meeting (${startUp}): move it later`,
  deadlineBeforeStartUp: (m: string, date: string, deadline: string, startUp: string) =>
    `${m} (${date}) leaves its presentation deadline (${deadline}) on or before the start-up meeting (${startUp}): move it at least 8 days after the start-up`,
  notBeforeConference: (m: string, date: string, resultsConference: string) =>
    `${m} (${date}) is not before the results conference (${resultsConference}): move it earlier`,
  meetingsOutOfOrder: (m: string, date: string, id: string, previousDate: string) =>
    `${m} (${date}) is not after ${id} (${previousDate}): the meetings come in order 1, 2, 3`,
  conferenceBeforeStartUp: (resultsConference: string, startUp: string) =>
    `the results conference (${resultsConference}) must come after the start-up meeting (${startUp})`,
  clusterIdTwice: (id: string) => `the cluster id "${id}" is used twice: rename one`,
  alreadyInCluster: (id: string, where: string) =>
    `${id} is already in cluster ${where}: an organisation takes part in one cluster only`,
  mentorAsMember: (id: string, cId: string) =>
    `${id} is the mentor of cluster ${cId}: a mentor is not also a benchmarking organisation; remove it here`,
  listedTwice: (id: string, cId: string) => `${id} is listed twice in cluster ${cId}: remove one`,
  unknownOrganisation: (id: string) =>
    `unknown organisation "${id}": list it under organisations or correct the id`,
  inNoCluster: (id: string) =>
    `${id} is in no cluster: add it to a cluster (as mentor or under organisations) or remove it`,
  hostNotInCluster: (host: string, id: string, members: string) =>
    `the host "${host}" is not in cluster ${id}: choose one of ${members}`,
  hostsTwice: (host: string, earlier: string) =>
    `${host} already hosts ${earlier}: each organisation hosts one meeting, so choose another host`,
  unknownChecklist: (id: string, names: string) =>
    `unknown checklist "${id}": use one of ${names}, or add ${id}.json to a checklist folder`,
  checklistAndChecklists: "name either checklist (one form) or checklists (several), not both",
  checklistTwice: "a checklist is named twice: name each form once",
  checklistIdDiffers: (id: string) =>
    `the id "${id}" differs from the file name: rename the file to ${id}.json or change the id`,
  checklistFolderUnreadable: (reason: string) =>
    `cannot read the checklist folder (${reason}): check the path`,
  unrecognisablePerson: (name: string, id: string) =>
    `${name} (${id}) can only be recognised once a project manager binds a channel for ${id}: give ${id} a home, or list this person's accounts`,
  unrecognisableProjectManager: (name: string) =>
    `project manager ${name} can never be recognised: add projectManagerHome, or list their accounts`,
  checklistMissing:
    "name the checklist the round scores, e.g. checklist: skr-10 (or several: checklists: [a, b])",
  roleMissing: (id: string, role: string) =>
    `${id} has no ${role}: add a person with "role: ${role}" (every organisation appoints an elected-official, an administrator and a key-person)`,
  roleTwice: (id: string, count: number, role: string) =>
    `${id} has ${count} people with the role ${role}: keep exactly one`,
  fileTooLarge: (bytes: number, mb: number) =>
    `the file is ${bytes} bytes, more than a round file can be (${mb} MB): check that it is the right file`,
  nestedTooDeep: (levels: number) => `nested more than ${levels} levels deep: a round file needs far fewer`,
  yamlSyntax: (problem: string) => `${problem}: fix the YAML syntax here`,
  aliasUnusable: (reason: string) =>
    `${reason}: a round file needs no YAML aliases (*name); write the values out`,
  tooManyAliases: (max: number) => `more than ${max} YAML aliases (*name): write the values out`,
  startUpMeeting: "the start-up meeting",
  resultsConference: "the results conference",
  dayOff: (meeting: string, date: string) =>
    `${meeting} (${date}) falls on a weekend or a public holiday: is that the day you mean?`,
  inJuly: (meeting: string, date: string) =>
    `${meeting} (${date}) is in July, when most of Sweden is on holiday: is that the day you mean?`,
  finalAssessmentTooEarly: (meeting: string, date: string, days: number, finalDue: number) =>
    `${meeting} (${date}) is ${days} days before the results conference: the final self-assessment, due ${finalDue} days before the conference, would be due before meeting 3 is over; leave more than a week between them`,
  firstReminderTooEarly: (meeting: string, date: string, days: number, firstReminder: number) =>
    `${meeting} (${date}) is only ${days} days after the start-up meeting: its first reminder (${firstReminder} days before the meeting) comes before or right after the start-up; leave at least three weeks`,
  unknownField: (key: string) => `unknown field "${key}": remove it or correct its spelling`,
  fieldMissing: (field: string) => `is missing: add "${field}:" here`,
  missing: "is missing",
  wrongType: (expected: string, found: string) => `should be ${expected}, not ${found}`,
  typeNames: {
    string: "text",
    number: "a number",
    boolean: "true or false",
    array: 'a list (lines starting with "- ")',
    object: 'a mapping ("key: value" lines)',
  },
  empty: "empty",
  aList: "a list",
  aMapping: "a mapping",
  notAllowed: (value: string, allowed: string) => `${value} is not allowed: use one of ${allowed}`,
  oneOf: (options: string) => `must be one of ${options}`,
  atLeast: (minimum: string) => `needs at least ${minimum}: add more items`,
  notEmpty: "must not be empty",
  tooLong: (maximum: string) => `is too long: at most ${maximum} characters`,
  tooMany: (maximum: string) => `has too many items: at most ${maximum}`,
  hints: {
    id: "use lower-case letters a–z, digits and dashes (e.g. ornskoldsvik)",
    date: "must be a real date written YYYY-MM-DD, e.g. 2027-03-22",
    email: "must be an e-mail address, e.g. anna.lind@kalmar.example",
    accountWorkspace: "a Slack workspace id starts with T (or E for an Enterprise Grid), e.g. T04ABCDE12",
    slackWorkspace: "a Slack workspace id starts with T, e.g. T04ABCDE12",
    slackChannel: "a Slack channel id starts with C, e.g. C05ABCDE123",
    teamsTenant: "the Teams tenant id is a GUID, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47",
    teamsChannel: "a Teams conversation id looks like 19:…@thread.tacv2",
    timeZone: "unknown time zone: use an IANA name such as Europe/Stockholm",
  },
};

const sv: RoundFileStrings = {
  clusterSize: (count: number) =>
    `ett kluster har 2 eller 3 benchmarkingorganisationer utöver sin mentor, inte ${count}: lägg till eller flytta organisationer`,
  organisationIdTwice: (id: string, first: number) =>
    `id:t "${id}" används redan av organisations[${first}]: ge varje organisation ett eget id`,
  emailTwice: (email: string, owner: string) =>
    `${email} står redan under ${owner}: en person hör till en organisation, en gång`,
  channelTwice: (owner: string) =>
    `den här kanalen är redan ${owner}s kanal: varje organisation behöver en egen kanal`,
  uncheckable: (reason: string) =>
    `filen kunde inte kontrolleras (${reason}): förenkla den eller rapportera felet`,
  fileUnreadable: (reason: string) => `kan inte läsa filen (${reason}): kontrollera sökvägen`,
  notAfterStartUp: (m: string, date: string, startUp: string) =>
    `${m} (${date}) ligger inte efter startmötet (${startUp}): flytta det senare`,
  deadlineBeforeStartUp: (m: string, date: string, deadline: string, startUp: string) =>
    `${m} (${date}) ger en presentationsfrist (${deadline}) som infaller senast på startmötet (${startUp}): flytta mötet minst 8 dagar efter startmötet`,
  notBeforeConference: (m: string, date: string, resultsConference: string) =>
    `${m} (${date}) ligger inte före resultatkonferensen (${resultsConference}): flytta det tidigare`,
  meetingsOutOfOrder: (m: string, date: string, id: string, previousDate: string) =>
    `${m} (${date}) ligger inte efter ${id} (${previousDate}): mötena kommer i ordningen 1, 2, 3`,
  conferenceBeforeStartUp: (resultsConference: string, startUp: string) =>
    `resultatkonferensen (${resultsConference}) måste komma efter startmötet (${startUp})`,
  clusterIdTwice: (id: string) => `klustret "${id}" finns två gånger: byt namn på det ena`,
  alreadyInCluster: (id: string, where: string) =>
    `${id} finns redan i klustret ${where}: en organisation deltar i ett enda kluster`,
  mentorAsMember: (id: string, cId: string) =>
    `${id} är mentor i klustret ${cId}: en mentor är inte också benchmarkingorganisation; ta bort den här`,
  listedTwice: (id: string, cId: string) => `${id} står två gånger i klustret ${cId}: ta bort den ena`,
  unknownOrganisation: (id: string) =>
    `okänd organisation "${id}": lägg till den under organisations eller rätta id:t`,
  inNoCluster: (id: string) =>
    `${id} ingår inte i något kluster: lägg till den i ett kluster (som mentor eller under organisations) eller ta bort den`,
  hostNotInCluster: (host: string, id: string, members: string) =>
    `värden "${host}" ingår inte i klustret ${id}: välj någon av ${members}`,
  hostsTwice: (host: string, earlier: string) =>
    `${host} är redan värd för ${earlier}: varje organisation är värd för ett möte, så välj en annan värd`,
  unknownChecklist: (id: string, names: string) =>
    `okänd checklista "${id}": använd någon av ${names}, eller lägg ${id}.json i en checklistmapp`,
  checklistAndChecklists: "ange antingen checklist (ett formulär) eller checklists (flera), inte båda",
  checklistTwice: "en checklista står två gånger: ange varje formulär en gång",
  checklistIdDiffers: (id: string) =>
    `id:t "${id}" skiljer sig från filnamnet: döp om filen till ${id}.json eller ändra id:t`,
  checklistFolderUnreadable: (reason: string) =>
    `kan inte läsa checklistmappen (${reason}): kontrollera sökvägen`,
  unrecognisablePerson: (name: string, id: string) =>
    `${name} (${id}) kan kännas igen först när en projektledare kopplar en kanal till ${id}: ge ${id} ett hem, eller lista personens konton (accounts)`,
  unrecognisableProjectManager: (name: string) =>
    `projektledaren ${name} kan aldrig kännas igen: lägg till projectManagerHome, eller lista personens konton (accounts)`,
  checklistMissing:
    "ange checklistan som omgången skattar, t.ex. checklist: skr-10 (eller flera: checklists: [a, b])",
  roleMissing: (id: string, role: string) =>
    `${id} saknar ${role}: lägg till en person med "role: ${role}" (varje organisation utser en förtroendevald, en tjänsteperson och en nyckelperson)`,
  roleTwice: (id: string, count: number, role: string) =>
    `${id} har ${count} personer med rollen ${role}: behåll exakt en`,
  fileTooLarge: (bytes: number, mb: number) =>
    `filen är ${bytes} byte, mer än en omgångsfil får vara (${mb} MB): kontrollera att det är rätt fil`,
  nestedTooDeep: (levels: number) =>
    `nästlad mer än ${levels} nivåer djupt: en omgångsfil behöver betydligt färre`,
  yamlSyntax: (problem: string) => `${problem}: rätta YAML-syntaxen här`,
  aliasUnusable: (reason: string) =>
    `${reason}: en omgångsfil behöver inga YAML-alias (*namn); skriv ut värdena`,
  tooManyAliases: (max: number) => `fler än ${max} YAML-alias (*namn): skriv ut värdena`,
  startUpMeeting: "startmötet",
  resultsConference: "resultatkonferensen",
  dayOff: (meeting: string, date: string) =>
    `${meeting} (${date}) infaller på en helg eller helgdag: är det rätt dag?`,
  inJuly: (meeting: string, date: string) =>
    `${meeting} (${date}) ligger i juli, då de flesta har semester: är det rätt dag?`,
  finalAssessmentTooEarly: (meeting: string, date: string, days: number, finalDue: number) =>
    `${meeting} (${date}) ligger ${days} dagar före resultatkonferensen: den sista självskattningen, som ska vara klar ${finalDue} dagar före konferensen, skulle då vara klar innan möte 3 har hållits; lämna mer än en vecka mellan dem`,
  firstReminderTooEarly: (meeting: string, date: string, days: number, firstReminder: number) =>
    `${meeting} (${date}) ligger bara ${days} dagar efter startmötet: den första påminnelsen (${firstReminder} dagar före mötet) kommer före eller strax efter startmötet; lämna minst tre veckor`,
  unknownField: (key: string) => `okänt fält "${key}": ta bort det eller rätta stavningen`,
  fieldMissing: (field: string) => `saknas: lägg till "${field}:" här`,
  missing: "saknas",
  wrongType: (expected: string, found: string) => `ska vara ${expected}, inte ${found}`,
  typeNames: {
    string: "text",
    number: "ett tal",
    boolean: "true eller false",
    array: 'en lista (rader som börjar med "- ")',
    object: 'en mappning (rader "nyckel: värde")',
  },
  empty: "tomt",
  aList: "en lista",
  aMapping: "en mappning",
  notAllowed: (value: string, allowed: string) => `${value} är inte tillåtet: använd något av ${allowed}`,
  oneOf: (options: string) => `måste vara något av ${options}`,
  atLeast: (minimum: string) => `behöver minst ${minimum}: lägg till fler`,
  notEmpty: "får inte vara tomt",
  tooLong: (maximum: string) => `är för långt: högst ${maximum} tecken`,
  tooMany: (maximum: string) => `har för många poster: högst ${maximum}`,
  hints: {
    id: "använd små bokstäver a–z, siffror och bindestreck (t.ex. ornskoldsvik)",
    date: "måste vara ett riktigt datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2027-03-22",
    email: "måste vara en e-postadress, t.ex. anna.lind@kalmar.example",
    accountWorkspace:
      "ett Slack-arbetsyte-id börjar med T (eller E för en Enterprise Grid), t.ex. T04ABCDE12",
    slackWorkspace: "ett Slack-arbetsyte-id börjar med T, t.ex. T04ABCDE12",
    slackChannel: "ett Slack-kanal-id börjar med C, t.ex. C05ABCDE123",
    teamsTenant: "Teams-klientens id är ett GUID, t.ex. 72f988bf-86f1-41af-91ab-2d7cd011db47",
    teamsChannel: "ett Teams-konversations-id ser ut som 19:…@thread.tacv2",
    timeZone: "okänd tidszon: använd ett IANA-namn som Europe/Stockholm",
  },
};

/** A problem's text in both languages: `message` in English, `sv` in Swedish. */
export function inBoth(say: (t: RoundFileStrings) => string): { message: string; sv: string } {
  return { message: say(en), sv: say(sv) };
}

/** The English hint the schema gives zod; zod's issue carries it back, and `hintInSwedish` translates it. */
export function schemaHint(key: SchemaHint): string {
  return en.hints[key];
}

export function hintInSwedish(message: string): string | undefined {
  const key = (Object.keys(en.hints) as SchemaHint[]).find((k) => en.hints[k] === message);
  return key === undefined ? undefined : sv.hints[key];
}
