// After a failed fsync nothing more is written: the kernel may have dropped the pages it could not write
// and cleared the error, so a later fsync would succeed and "saved" would be a lie for every later commit
// (WAL frames are chained; recovery stops at the first lost one). Kept apart from the group commit so
// that every write path (group commits and single writes alike) refuses by the same mark.
import type { SqliteContext } from "./context.ts";

const broken = new WeakMap<SqliteContext, unknown>();

export function markBroken(ctx: SqliteContext, failure: unknown): void {
  broken.set(ctx, failure);
}

/** The failure that stopped all writes, if one did. */
export function brokenBy(ctx: SqliteContext): unknown {
  return broken.get(ctx);
}
