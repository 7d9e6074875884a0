// What an operator reads when a store cannot be used, in English and Swedish: what happened and what to do.
import type { Locale } from "../domain/round.ts";

export interface StoreStrings {
  /** `uri` without user name and password. */
  mongoUnreachable: (uri: string, reason: string) => string;
  /** The data file was written by a newer version of the bot. */
  newerSchema: (file: string, found: number, known: number) => string;
  corrupt: (file: string) => string;
  fileUnavailable: (file: string, reason: string) => string;
}

const sv: StoreStrings = {
  mongoUnreachable: (uri, reason) =>
    `Når inte MongoDB på ${uri}: ${reason}. Kontrollera MONGODB_URI och att servern är igång, eller ta bort ` +
    "MONGODB_URI för att använda den inbyggda lagringen i DATA_DIR.",
  newerSchema: (file, found, known) =>
    `${file} skrevs av en nyare version av Modellbot (dataschema ${found}; den här versionen känner till högst ${known}). ` +
    "Uppgradera Modellbot eller låt DATA_DIR peka på en annan mapp.",
  corrupt: (file) =>
    `${file} är ingen läsbar Modellbot-databas (filen är skadad eller ingen databas). ` +
    "Stoppa Modellbot och återställ filen från en säkerhetskopia, eller flytta undan den (med eventuella -wal- och " +
    "-shm-filer bredvid) för att börja med en tom lagring.",
  fileUnavailable: (file, reason) =>
    `Datafilen ${file} går inte att använda: ${reason}. Kontrollera att DATA_DIR är skrivbar och att disken inte är full.`,
};

const en: StoreStrings = {
  mongoUnreachable: (uri, reason) =>
    `Cannot reach MongoDB at ${uri}: ${reason}. Check MONGODB_URI and that the server is running, or unset ` +
    "MONGODB_URI to use the embedded store in DATA_DIR.",
  newerSchema: (file, found, known) =>
    `${file} was written by a newer version of Modellbot (data schema ${found}; this version knows up to ${known}). ` +
    "Upgrade Modellbot, or point DATA_DIR at another folder.",
  corrupt: (file) =>
    `${file} is not a readable Modellbot database (the file is damaged or is not a database). ` +
    "Stop Modellbot, then restore the file from a backup, or move it away (with any -wal and -shm files beside it) " +
    "to start with an empty store.",
  fileUnavailable: (file, reason) =>
    `Cannot use the data file ${file}: ${reason}. Check that DATA_DIR is writable and that the disk is not full.`,
};

/**
 * Both catalogues, for inBothLanguages (src/domain/locale.ts): a store's message is read by whoever runs
 * the bot, in no known language; English first (src/store/embedded/messages.ts composes the SQLite ones).
 */
export const STORE_TEXTS: Readonly<Record<Locale, StoreStrings>> = { sv, en };
