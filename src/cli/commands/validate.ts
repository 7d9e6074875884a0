// `validate FILE [--checklists DIR]…`: checks a round file; exit 0 with a summary (warnings on stderr), or 2
// with every error.
import { isAbsolute, relative, resolve } from "node:path";
import { pickLocale } from "../../domain/locale.ts";
import type { Locale } from "../../domain/round.ts";
import { formatRoundFileError } from "../../round-file/errors.ts";
import { loadRoundFile, type RoundFileResult } from "../../round-file/load-round-file.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand, CliIo } from "../io.ts";

export type CliLocale = Locale;

/** The operator's language from the locale variables the shell sets (LANG=sv_SE.UTF-8 → Swedish). */
export function cliLocale(io: CliIo): CliLocale {
  return pickLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG, "en");
}

export interface RoundArgs {
  file: string;
  checklistDirs: string[];
  flags: Set<string>;
}

/** The round file and `--checklists DIR` options; undefined when the arguments do not fit. */
export function parseRoundArgs(args: string[], knownFlags: readonly string[]): RoundArgs | undefined {
  const files: string[] = [];
  const checklistDirs: string[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--checklists") {
      const dir = args[++i];
      if (dir === undefined) return undefined;
      checklistDirs.push(dir);
    } else if (knownFlags.includes(arg)) flags.add(arg);
    else if (arg.startsWith("--")) return undefined;
    else files.push(arg);
  }
  const [file] = files;
  return file !== undefined && files.length === 1 ? { file, checklistDirs, flags } : undefined;
}

// Paths inside the working directory are shown relative to it, others in full.
function displayPath(cwd: string, file: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith("..") || isAbsolute(shown) ? file : shown;
}

/** Loads the round named on the command line; prints every error as `file:line: path: message`. */
export async function loadRoundForCli(args: RoundArgs, io: CliIo): Promise<RoundFileResult> {
  const result = await loadRoundFile(resolve(io.cwd, args.file), {
    checklistDirs: args.checklistDirs.map((d) => resolve(io.cwd, d)),
  });
  if (!result.ok) {
    for (const e of result.errors) {
      io.err(formatRoundFileError({ ...e, file: displayPath(io.cwd, e.file) }, cliLocale(io)));
    }
  }
  return result;
}

export const validate: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).validate;
  const parsed = parseRoundArgs(args, []);
  if (!parsed) {
    io.err(commandUsage(cliLocale(io), "validate"));
    return 2;
  }
  const result = await loadRoundForCli(parsed, io);
  if (!result.ok) return 2;
  const { round, checklist, warnings } = result;
  const points = checklist.points.length;
  const scale = `${checklist.scale.min}–${checklist.scale.max}`;
  const { clusters, organisations } = round;
  io.out(text.ok(parsed.file, round.id, clusters.length, organisations.length, checklist.id, points, scale));
  // Warnings concern the round's people and dates: they are written in the round's language, on stderr
  // beside the errors, so that stdout holds the summary alone.
  const label = cliStrings(round.language).validate.warning;
  for (const w of warnings) {
    io.err(`${label}: ${formatRoundFileError({ ...w, file: displayPath(io.cwd, w.file) }, round.language)}`);
  }
  return 0;
};
