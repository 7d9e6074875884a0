// What an equal-work baseline does besides its framework's ack (issue #24): answer with a body the runner
// captured from the whole stack (the same card, the same bytes), and for a form submission make the one
// durable write the bot cannot skip: one row in SQLite with WAL and synchronous=FULL, in the same data
// directory (same disk) the whole stack writes to, committed before the answer leaves.
//   BENCH_BARE=ack            the framework floor: ack only (the old baselines, kept as rows without targets);
//   BENCH_BARE=equal          equal work: BENCH_BARE_BODY_FILE holds the answer's JSON, DATA_DIR the file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

export type BareMode = "ack" | "equal";

export function bareMode(): BareMode {
  const mode = process.env.BENCH_BARE ?? "ack";
  if (mode !== "ack" && mode !== "equal") throw new Error(`BENCH_BARE=${mode}: expected ack or equal`);
  return mode;
}

/** The answer the whole stack gave to one request of the case, as JSON (undefined in ack mode). */
export function capturedBody(): unknown {
  const file = process.env.BENCH_BARE_BODY_FILE;
  if (bareMode() === "ack" || !file) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as unknown;
}

export interface DurableWriter {
  /** One row, one transaction, on disk (fsync of the WAL) before it returns. */
  write(key: string, doc: unknown): void;
  count(): number;
  close(): void;
}

/** The durable write of a form submission; undefined in ack mode or without a DATA_DIR. */
export function durableWriter(): DurableWriter | undefined {
  const dir = process.env.DATA_DIR;
  if (bareMode() === "ack" || !dir) return undefined;
  const db = new Database(join(dir, "bare.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(
    "CREATE TABLE IF NOT EXISTS submissions (seq INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)",
  );
  const insert = db.prepare("INSERT INTO submissions (idempotency_key, doc) VALUES (?, ?)");
  const counter = db.prepare("SELECT COUNT(*) AS n FROM submissions");
  const write = db.transaction((key: string, doc: string) => insert.run(key, doc));
  return {
    write: (key, doc) => void write.immediate(key, JSON.stringify(doc)),
    count: () => (counter.get() as { n: number }).n,
    close: () => db.close(),
  };
}
