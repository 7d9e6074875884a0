// Reads that every status repeats (a round's latest versions and step overrides, a channel's binding) are
// kept while the file is unchanged. Two things change it: a write through this connection, which clears
// the caches it touches inside its transaction, and a commit by any other connection (another process
// sharing the file included), which moves PRAGMA data_version, checked on every read.
import type { Database, Statement } from "better-sqlite3";

/** Kept entries per cache: a few rounds' worth, or a national round's channels. */
const DEFAULT_LIMIT = 4_096;

const versionStatements = new WeakMap<Database, Statement<[], number>>();

/** Moves whenever another connection has committed to the file since this one last looked. */
function dataVersion(db: Database): number {
  let statement = versionStatements.get(db);
  if (!statement) {
    statement = db.prepare<[], number>("PRAGMA data_version").pluck();
    versionStatements.set(db, statement);
  }
  return statement.get() as number;
}

export class ReadCache<V> {
  private readonly entries = new Map<string, V>();
  private seen: number | undefined;

  constructor(
    private readonly db: Database,
    private readonly limit = DEFAULT_LIMIT,
  ) {}

  /** The value kept for `key`, else `load()`'s, kept. Values are shared: callers treat them as read-only. */
  get(key: string, load: () => V): V {
    // Inside a transaction a read may see writes that are yet to roll back: it is not kept.
    if (this.db.inTransaction) return load();
    const version = dataVersion(this.db);
    if (version !== this.seen) {
      this.entries.clear();
      this.seen = version;
    }
    if (this.entries.has(key)) return this.entries.get(key) as V;
    // Loaded after the version was read, so it is at least that new: a commit in between only makes the
    // next read load again.
    const value = load();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  /** Every write to what this cache holds calls this, inside its transaction. */
  clear(): void {
    this.entries.clear();
  }
}
