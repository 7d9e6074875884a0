// `backup --out FILE`: a checked, consistent copy of the embedded store while the bot keeps running
// (SQLite's online backup API). MongoDB is backed up with its
// own tools (mongodump, or the provider's snapshots): this command says so and copies nothing.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "../../store/embedded/backup-database.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { storeLocation } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

function outFile(args: string[]): string | undefined {
  try {
    const { values } = parseArgs({ args, options: { out: { type: "string" } } });
    return values.out?.trim() || undefined;
  } catch {
    return undefined;
  }
}

export const backupCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).backup;
  const out = outFile(args);
  if (!out) {
    io.err(commandUsage(cliLocale(io), "backup"));
    return 2;
  }
  const location = storeLocation(io);
  if (location.mongodbUri) {
    io.err(text.mongo(location.where));
    return 2;
  }
  const target = resolve(io.cwd, out);
  if (!existsSync(location.where)) {
    io.err(text.noStore(location.where));
    return 2;
  }
  if (existsSync(target)) {
    io.err(text.exists(target));
    return 2;
  }
  mkdirSync(dirname(target), { recursive: true });
  const { check } = await backupDatabase(location.where, target);
  if (check !== "ok") {
    io.err(text.bad(target, check));
    return 1;
  }
  io.out(text.wrote(target, statSync(target).size, location.where));
  return 0;
};
