// Opens (or creates) the data file with the durability settings the bot promises its users.
import Database from "better-sqlite3";
import { StoreError } from "../port.ts";
import { corruptMessage } from "./messages.ts";
import { isCorruption, toStoreError } from "./sqlite-errors.ts";

/** How long a write waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 15_000;

export function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = WAL");
    // FULL: a commit is on disk before we tell the user "saved", even if the machine loses power. (The
    // group commit syncs its batches itself, off the event loop: see group-commit.ts.)
    db.pragma("synchronous = FULL");
    // Reading the schema catches a file that is not a database, or whose first pages are damaged.
    db.prepare("SELECT count(*) FROM sqlite_schema").get();
    return db;
  } catch (error) {
    db?.close();
    if (isCorruption(error)) throw new StoreError("store_corrupt", corruptMessage(file), { cause: error });
    throw toStoreError(error, file);
  }
}
