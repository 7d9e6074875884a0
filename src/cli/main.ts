// The operator CLI: `npm run cli -- <command> …`. To add a command, write it in commands/, add one line
// to COMMANDS and its section (with its synopsis, for --help) to cli-strings.ts. Commands get the
// environment as io.env, read once through src/config.ts (the process's, over the project's .env).

import { ConfigError, processEnvironment } from "../config.ts";
import { type CliCommandName, cliStrings, helpText } from "./cli-strings.ts";
import { accountsCommand } from "./commands/accounts.ts";
import { auditCommand } from "./commands/audit.ts";
import { backupCommand } from "./commands/backup.ts";
import { calendarCommand } from "./commands/calendar.ts";
import { cardsCommand } from "./commands/cards.ts";
import { dashboardCommand } from "./commands/dashboard.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { plan } from "./commands/plan.ts";
import { remindCommand } from "./commands/remind.ts";
import { cliLocale, validate } from "./commands/validate.ts";
import type { CliCommand, CliIo } from "./io.ts";

// Typed by the catalogue's sections: a command without its strings (or strings without a command) does not
// compile.
const COMMANDS: Record<CliCommandName, CliCommand> = {
  validate,
  plan,
  cards: cardsCommand,
  import: importCommand,
  export: exportCommand,
  remind: remindCommand,
  backup: backupCommand,
  audit: auditCommand,
  accounts: accountsCommand,
  dashboard: dashboardCommand,
  calendar: calendarCommand,
};

const HELP = new Set(["--help", "-h", "help"]);

async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const locale = cliLocale(io);
  const help = helpText(locale, Object.keys(COMMANDS) as CliCommandName[]);
  // Asked for, the help is the answer (stdout, exit 0); otherwise it explains a refusal (stderr, exit 2).
  if (name !== undefined && HELP.has(name)) {
    for (const line of help) io.out(line);
    return 0;
  }
  const command =
    name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CliCommandName] : undefined;
  if (!command) {
    if (name !== undefined) io.err(cliStrings(locale).main.unknown(name));
    for (const line of help) io.err(line);
    return 2;
  }
  return command(args, io);
}

function environment(): Readonly<Record<string, string | undefined>> {
  try {
    return processEnvironment();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

// `plan … | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: environment(),
  cwd: process.cwd(),
};

process.exitCode = await run(process.argv.slice(2), io);
