// Every write runs in BEGIN IMMEDIATE: it takes the write lock up front, so a second process waits
// (busy_timeout) instead of failing half-way, and a read-then-write inside cannot be interleaved.
import type { SqliteContext } from "./context.ts";
import { toStoreError } from "./sqlite-errors.ts";

export function writeTransaction<T>(ctx: SqliteContext, work: () => T): T {
  try {
    return ctx.db.transaction(work).immediate();
  } catch (error) {
    throw toStoreError(error, ctx.file);
  }
}

export function read<T>(ctx: SqliteContext, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toStoreError(error, ctx.file);
  }
}
