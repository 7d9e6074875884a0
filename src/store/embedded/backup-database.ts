// A consistent copy of the data file while the bot keeps running: SQLite's online backup API (through
// better-sqlite3) from a connection of its own, which restarts when the bot writes in between, so the
// copy is one moment of the store; the copy is then checked with quick_check.
import Database from "better-sqlite3";

export interface BackupResult {
  /** "ok", or SQLite's description of what is wrong with the copy. */
  check: string;
}

export async function backupDatabase(file: string, target: string): Promise<BackupResult> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    return { check: String(copy.pragma("quick_check", { simple: true })) };
  } finally {
    copy.close();
  }
}
