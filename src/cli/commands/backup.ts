// `backup --out FILE`: a checked, consistent copy of the embedded store while the bot keeps running
// (SQLite's online backup API). MongoDB is backed up with its
// own tools (mongodump, or the provider's snapshots): this command says so and copies nothing.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "../../store/embedded/backup-database.ts";
import type { CliCommand } from "../io.ts";
import { storeLocation } from "../store-location.ts";
import { cliLocale } from "./validate.ts";

const TEXT = {
  sv: {
    usage: "användning: backup --out FIL",
    mongo: (where: string) =>
      `MONGODB_URI är satt (${where}): säkerhetskopiera MongoDB med mongodump --uri … eller med din ` +
      "leverantörs ögonblicksbilder (Atlas, Cosmos DB); backup kopierar bara den inbyggda lagringen",
    noStore: (file: string) => `det finns ingen inbyggd lagring i ${file}: kontrollera DATA_DIR`,
    exists: (file: string) => `${file} finns redan: välj ett nytt filnamn, backup skriver aldrig över`,
    bad: (file: string, result: string) => `kopian ${file} klarade inte kontrollen: ${result}`,
    wrote: (file: string, bytes: number, from: string) =>
      `skrev ${file} (${bytes} byte, kontrollerad) från ${from}`,
  },
  en: {
    usage: "usage: backup --out FILE",
    mongo: (where: string) =>
      `MONGODB_URI is set (${where}): back MongoDB up with mongodump --uri … or your provider's ` +
      "snapshots (Atlas, Cosmos DB); backup copies the embedded store only",
    noStore: (file: string) => `there is no embedded store at ${file}: check DATA_DIR`,
    exists: (file: string) => `${file} already exists: choose a new file name, backup never overwrites`,
    bad: (file: string, result: string) => `the copy ${file} failed its check: ${result}`,
    wrote: (file: string, bytes: number, from: string) =>
      `wrote ${file} (${bytes} bytes, checked) from ${from}`,
  },
} as const;

function outFile(args: string[]): string | undefined {
  try {
    const { values } = parseArgs({ args, options: { out: { type: "string" } } });
    return values.out?.trim() || undefined;
  } catch {
    return undefined;
  }
}

export const backupCommand: CliCommand = async (args, io) => {
  const text = TEXT[cliLocale(io)];
  const out = outFile(args);
  if (!out) {
    io.err(text.usage);
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
