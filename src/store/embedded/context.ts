// What every embedded-store operation needs: the open database and where invalid records are reported.
import type { Database } from "better-sqlite3";
import type { InvalidRecordSink } from "../records.ts";

export interface SqliteContext {
  db: Database;
  file: string;
  report: InvalidRecordSink;
  /** How the group commit syncs the WAL file: node:fs's fsync unless a test holds it back. */
  fsync?: (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;
}
