// Maps SQLite's error codes to the store's stable codes; anything else stays as it was.
import { StoreError } from "../port.ts";
import { corruptMessage, unavailableMessage } from "./messages.ts";

function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Error && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error) ?? "";
  return code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB";
}

/** SQLite could not fsync a commit (the WAL, or the folder that holds it): the disk refused it. */
export function isFailedSync(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === "SQLITE_IOERR_FSYNC" || code === "SQLITE_IOERR_DIR_FSYNC";
}

export function isUniqueViolation(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

export function toStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreError) return error;
  if (isCorruption(error)) return new StoreError("store_corrupt", corruptMessage(file), { cause: error });
  const code = sqliteCode(error) ?? "";
  if (
    code.startsWith("SQLITE_BUSY") ||
    code.startsWith("SQLITE_CANTOPEN") ||
    code.startsWith("SQLITE_FULL")
  ) {
    const reason = error instanceof Error ? error.message : code;
    return new StoreError("store_unavailable", unavailableMessage(file, reason), { cause: error });
  }
  return error;
}
