// What the command line says, in Swedish and English: one section per command. Both languages are typed by
// one key set, `CliStrings`, so a key missing from either fails the type-check.
import type { Round } from "../domain/round.ts";
import type { TickReport } from "../scheduler/tick-report.ts";
import type { CliLocale } from "./commands/validate.ts";

export interface CliStrings {
  main: {
    /** "usage: " before a synopsis, the line a command prints when its arguments do not fit. */
    usage: (synopsis: string) => string;
    synopsis: string;
    commands: string;
    /** How the CLI picks its language (cliLocale), so that an operator can switch it. */
    language: string;
    unknown: (name: string) => string;
  };
  validate: {
    synopsis: string;
    ok: (
      file: string,
      round: string,
      clusters: number,
      organisations: number,
      checklist: string,
      points: number,
      scale: string,
    ) => string;
    warning: string;
  };
  accounts: {
    synopsis: string;
    unknown: string;
    known: (email: string, at: string) => string;
    forgotten: string;
  };
  audit: {
    synopsis: string;
    header: readonly string[];
    none: string;
    total: (n: number) => string;
  };
  backup: {
    synopsis: string;
    mongo: (where: string) => string;
    noStore: (file: string) => string;
    exists: (file: string) => string;
    bad: (file: string, result: string) => string;
    wrote: (file: string, bytes: number, from: string) => string;
  };
  calendar: {
    synopsis: string;
    noRound: (id: string, known: string) => string;
    noSuch: (id: string, known: string) => string;
    wrote: (file: string) => string;
  };
  cards: {
    synopsis: string;
    badChecklist: (file: string, why: string) => string;
    wrote: (n: number, dir: string) => string;
  };
  dashboard: {
    synopsis: string;
    revokedOne: (email: string) => string;
    revokedAll: string;
  };
  export: {
    synopsis: string;
    xlsxNeedsOut: string;
    noRound: (id: string, known: string) => string;
    noChecklist: (id: string) => string;
    wrote: (file: string) => string;
  };
  import: {
    synopsis: string;
    imported: (r: Round, where: string) => string;
    unchanged: (r: Round, where: string) => string;
  };
  plan: {
    synopsis: string;
    header: readonly string[];
    to: {
      organisation: string;
      host: string;
      mentor: string;
      "project-managers": string;
    };
    total: (n: number) => string;
  };
  remind: {
    synopsis: string;
    platforms: (p: string) => string;
    none: string;
    tick: (at: string, where: string) => string;
    sent: string;
    recovered: string;
    nothingMissing: string;
    stale: string;
    failed: string;
    notSent: string;
    total: (r: TickReport) => string;
  };
}

const sv: CliStrings = {
  main: {
    usage: (synopsis: string) => `användning: ${synopsis}`,
    synopsis: "modellbot <kommando> [alternativ] (eller npm run cli -- <kommando> …)",
    commands: "kommandon:",
    language:
      "Språket: det första av LC_ALL, LC_MESSAGES och LANG som är satt; sv… (t.ex. sv_SE.UTF-8) ger svenska, annat engelska.",
    unknown: (name: string) => `okänt kommando: ${name}`,
  },
  validate: {
    synopsis: "validate FIL [--checklists MAPP]",
    ok: (
      file: string,
      round: string,
      clusters: number,
      organisations: number,
      checklist: string,
      points: number,
      scale: string,
    ) =>
      `${file}: OK: omgång ${round}, ${clusters} kluster, ${organisations} organisationer, checklista ${checklist} (${points} punkter, skala ${scale})`,
    warning: "varning",
  },
  accounts: {
    synopsis: "accounts show|forget --platform slack|teams --workspace ID --user ID",
    unknown: "kontot är inte känt",
    known: (email: string, at: string) => `känt som ${email} sedan ${at}`,
    forgotten: "kontot är glömt: nästa gång känns det igen efter den adress plattformen anger då",
  },
  audit: {
    synopsis: "audit --round ID [--since ÅÅÅÅ-MM-DD] [--json]",
    header: ["när (UTC)", "vad", "vem", "varifrån", "mål", "åtgärd"],
    none: "inga händelser",
    total: (n: number) => `${n} händelser`,
  },
  backup: {
    synopsis: "backup --out FIL",
    mongo: (where: string) =>
      `MONGODB_URI är satt (${where}): säkerhetskopiera MongoDB med mongodump --uri … eller med din ` +
      "leverantörs ögonblicksbilder (Atlas, Cosmos DB); backup kopierar bara den inbyggda lagringen",
    noStore: (file: string) => `det finns ingen inbyggd lagring i ${file}: kontrollera DATA_DIR`,
    exists: (file: string) => `${file} finns redan: välj ett nytt filnamn, backup skriver aldrig över`,
    bad: (file: string, result: string) => `kopian ${file} klarade inte kontrollen: ${result}`,
    wrote: (file: string, bytes: number, from: string) =>
      `skrev ${file} (${bytes} byte, kontrollerad) från ${from}`,
  },
  calendar: {
    synopsis: "calendar --round ID (--organisation ID | --cluster ID) [--out FIL] [--language sv|en]",
    noRound: (id: string, known: string) =>
      `det finns ingen omgång ${id} i lagret; omgångar: ${known || "inga"}`,
    noSuch: (id: string, known: string) => `${id} finns inte i omgången; välj bland: ${known}`,
    wrote: (file: string) => `skrev ${file}`,
  },
  cards: {
    synopsis: "cards --out MAPP [RUNDFIL] [--checklist FIL] [--checklists MAPP]",
    badChecklist: (file: string, why: string) => `${file}: inte en giltig checklista (${why})`,
    wrote: (n: number, dir: string) => `skrev ${n} filer till ${dir}`,
  },
  dashboard: {
    synopsis: "dashboard revoke (--email E-POST | --all)",
    revokedOne: (email: string) => `alla översiktslänkar till ${email} som getts hittills är återkallade`,
    revokedAll: "alla översiktslänkar som getts hittills är återkallade",
  },
  export: {
    synopsis:
      "export --round ID --format csv|json|md|xlsx [--out FIL] [--separator ';'|','] [--language sv|en]",
    xlsxNeedsOut: "en arbetsbok (xlsx) skrivs till en fil: ange --out FIL.xlsx",
    noRound: (id: string, known: string) =>
      `det finns ingen omgång ${id} i lagret; omgångar: ${known || "inga"}`,
    noChecklist: (id: string) => `checklistan ${id} saknas: lägg filen i checklists/`,
    wrote: (file: string) => `skrev ${file}`,
  },
  import: {
    synopsis: "import FIL [--checklists MAPP]",
    imported: (r: Round, where: string) =>
      `importerad: omgång ${r.id} (${r.name}), ${r.clusters.length} kluster, ${r.organisations.length} organisationer, i ${where}`,
    unchanged: (r: Round, where: string) => `oförändrad: omgång ${r.id} finns redan exakt så i ${where}`,
  },
  plan: {
    synopsis: "plan FIL [--json] [--checklists MAPP]",
    header: [
      "när (lokal tid)",
      "kluster",
      "organisation",
      "möte",
      "meddelande",
      "till",
      "gäller",
      "innehåll",
    ],
    to: {
      organisation: "organisationen",
      host: "värden",
      mentor: "mentorn",
      "project-managers": "projektledningen",
    },
    total: (n: number) => `${n} meddelanden`,
  },
  remind: {
    synopsis: "remind --now <tidpunkt i ISO 8601, t.ex. 2027-03-31T09:00:00+02:00>",
    platforms: (p: string) => `plattformar: ${p}`,
    none: "ingen konfigurerad: inget skickas och inget markeras i utkorgen",
    tick: (at: string, where: string) => `påminnelser per ${at} (${where})`,
    sent: "skickad",
    recovered: "skickad tidigare, nu registrerad",
    nothingMissing: "hoppas över, inget saknas",
    stale: "hoppas över, för sent",
    failed: "misslyckades",
    notSent: "skulle skickas (inte skickad)",
    total: (r: TickReport) =>
      `${r.sent.length} skickade, ${r.skippedNothingMissing.length} utan något som saknas, ${r.skippedStale.length} för sena, ${r.failed.length} misslyckade, ${r.notSent.length} inte skickade`,
  },
};

const en: CliStrings = {
  main: {
    usage: (synopsis: string) => `usage: ${synopsis}`,
    synopsis: "modellbot <command> [options] (or npm run cli -- <command> …)",
    commands: "commands:",
    language:
      "Language: the first of LC_ALL, LC_MESSAGES and LANG that is set; sv… (e.g. sv_SE.UTF-8) gives Swedish, anything else English.",
    unknown: (name: string) => `unknown command: ${name}`,
  },
  validate: {
    synopsis: "validate FILE [--checklists DIR]",
    ok: (
      file: string,
      round: string,
      clusters: number,
      organisations: number,
      checklist: string,
      points: number,
      scale: string,
    ) =>
      `${file}: OK: round ${round}, ${clusters} clusters, ${organisations} organisations, checklist ${checklist} (${points} points, scale ${scale})`,
    warning: "warning",
  },
  accounts: {
    synopsis: "accounts show|forget --platform slack|teams --workspace ID --user ID",
    unknown: "the account is not known",
    known: (email: string, at: string) => `known as ${email} since ${at}`,
    forgotten: "the account is forgotten: next time it is recognised by the address the platform gives then",
  },
  audit: {
    synopsis: "audit --round ID [--since YYYY-MM-DD] [--json]",
    header: ["when (UTC)", "action", "who", "from", "target", "what"],
    none: "no entries",
    total: (n: number) => `${n} entries`,
  },
  backup: {
    synopsis: "backup --out FILE",
    mongo: (where: string) =>
      `MONGODB_URI is set (${where}): back MongoDB up with mongodump --uri … or your provider's ` +
      "snapshots (Atlas, Cosmos DB); backup copies the embedded store only",
    noStore: (file: string) => `there is no embedded store at ${file}: check DATA_DIR`,
    exists: (file: string) => `${file} already exists: choose a new file name, backup never overwrites`,
    bad: (file: string, result: string) => `the copy ${file} failed its check: ${result}`,
    wrote: (file: string, bytes: number, from: string) =>
      `wrote ${file} (${bytes} bytes, checked) from ${from}`,
  },
  calendar: {
    synopsis: "calendar --round ID (--organisation ID | --cluster ID) [--out FILE] [--language sv|en]",
    noRound: (id: string, known: string) =>
      `there is no round ${id} in the store; rounds: ${known || "none"}`,
    noSuch: (id: string, known: string) => `${id} is not in the round; choose from: ${known}`,
    wrote: (file: string) => `wrote ${file}`,
  },
  cards: {
    synopsis: "cards --out DIR [ROUND-FILE] [--checklist FILE] [--checklists DIR]",
    badChecklist: (file: string, why: string) => `${file}: not a valid checklist (${why})`,
    wrote: (n: number, dir: string) => `wrote ${n} files to ${dir}`,
  },
  dashboard: {
    synopsis: "dashboard revoke (--email ADDRESS | --all)",
    revokedOne: (email: string) => `every dashboard link given to ${email} until now is revoked`,
    revokedAll: "every dashboard link given until now is revoked",
  },
  export: {
    synopsis:
      "export --round ID --format csv|json|md|xlsx [--out FILE] [--separator ';'|','] [--language sv|en]",
    xlsxNeedsOut: "a workbook (xlsx) is written to a file: give --out FILE.xlsx",
    noRound: (id: string, known: string) =>
      `there is no round ${id} in the store; rounds: ${known || "none"}`,
    noChecklist: (id: string) => `checklist ${id} is missing: put its file in checklists/`,
    wrote: (file: string) => `wrote ${file}`,
  },
  import: {
    synopsis: "import FILE [--checklists DIR]",
    imported: (r: Round, where: string) =>
      `imported: round ${r.id} (${r.name}), ${r.clusters.length} clusters, ${r.organisations.length} organisations, into ${where}`,
    unchanged: (r: Round, where: string) =>
      `unchanged: round ${r.id} is already stored exactly like this in ${where}`,
  },
  plan: {
    synopsis: "plan FILE [--json] [--checklists DIR]",
    header: ["when (local time)", "cluster", "organisation", "meeting", "kind", "to", "due", "items"],
    to: {
      organisation: "organisation",
      host: "host",
      mentor: "mentor",
      "project-managers": "project managers",
    },
    total: (n: number) => `${n} messages`,
  },
  remind: {
    synopsis: "remind --now <ISO 8601 instant, e.g. 2027-03-31T09:00:00+02:00>",
    platforms: (p: string) => `platforms: ${p}`,
    none: "none configured: nothing is sent and nothing is claimed in the outbox",
    tick: (at: string, where: string) => `reminders as of ${at} (${where})`,
    sent: "sent",
    recovered: "sent earlier, now recorded",
    nothingMissing: "skipped, nothing missing",
    stale: "skipped, too late",
    failed: "failed",
    notSent: "would be sent (not sent)",
    total: (r: TickReport) =>
      `${r.sent.length} sent, ${r.skippedNothingMissing.length} with nothing missing, ${r.skippedStale.length} too late, ${r.failed.length} failed, ${r.notSent.length} not sent`,
  },
};

export function cliStrings(locale: CliLocale): CliStrings {
  return locale === "sv" ? sv : en;
}

/** The commands: every section of the catalogue but `main`. */
export type CliCommandName = Exclude<keyof CliStrings, "main">;

/** A command's usage line, in the operator's language. */
export function commandUsage(locale: CliLocale, command: CliCommandName): string {
  const strings = cliStrings(locale);
  return strings.main.usage(strings[command].synopsis);
}

/** `modellbot --help`: the general usage, every command's synopsis in `order`, and the language rule. */
export function helpText(locale: CliLocale, order: readonly CliCommandName[]): string[] {
  const { main, ...commands } = cliStrings(locale);
  return [
    main.usage(main.synopsis),
    main.commands,
    ...order.map((name) => `  ${commands[name].synopsis}`),
    main.language,
  ];
}
