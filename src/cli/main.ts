// The operator CLI: `npm run cli -- <command> …`. To add a command, write it in commands/ and add
// one line to COMMANDS. Commands get the environment as io.env, read once through src/config.ts.

import { processEnvironment } from "../config.ts";
import { cliStrings } from "./cli-strings.ts";
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

const COMMANDS: Record<string, CliCommand> = {
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

async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    const text = cliStrings(cliLocale(io)).main;
    io.err(text.usage);
    io.err(text.commands(Object.keys(COMMANDS).join(", ")));
    return 2;
  }
  return command(args, io);
}

// `plan … | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: processEnvironment(),
  cwd: process.cwd(),
};

process.exitCode = await run(process.argv.slice(2), io);
