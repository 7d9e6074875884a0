// Every write runs in BEGIN IMMEDIATE: it takes the write lock up front, so a second process waits
// (busy_timeout) instead of failing half-way, and a read-then-write inside cannot be interleaved. It
// commits with synchronous=FULL (open-database.ts) before it returns: whoever awaits a write is answered
// only once it is on disk.
import { errorMessage } from "../../logging/error-message.ts";
import { StoreError } from "../port.ts";
import { brokenBy, markBroken } from "./broken-sync.ts";
import type { SqliteContext } from "./context.ts";
import { unavailableMessage } from "./messages.ts";
import { isFailedSync, toStoreError } from "./sqlite-errors.ts";

const closed = new WeakSet<SqliteContext>();

/** From now on every write is refused as "closed" (called when the store is closed). */
export function refuseWritesAfterClose(ctx: SqliteContext): void {
  closed.add(ctx);
}

export function isClosed(ctx: SqliteContext): boolean {
  return closed.has(ctx);
}

/** Why every write is refused now (closed, or a failed fsync), or undefined while writes are taken. */
export function writeRefusal(ctx: SqliteContext): string | undefined {
  if (closed.has(ctx)) return "the store is closed";
  const failure = brokenBy(ctx);
  return failure === undefined ? undefined : errorMessage(failure);
}

/**
 * Why a write asked for now is refused: the store is closed, or a commit's fsync failed (a write after
 * that could be "saved" on a WAL that lost earlier frames). Undefined while writes are taken.
 */
export function refusalOf(ctx: SqliteContext): unknown {
  if (closed.has(ctx))
    return new StoreError("store_unavailable", unavailableMessage(ctx.file, "the store is closed"));
  return brokenBy(ctx);
}

export function writeTransaction<T>(ctx: SqliteContext, work: () => T): T {
  const refusal = refusalOf(ctx);
  if (refusal) throw refusal;
  try {
    return ctx.db.transaction(work).immediate();
  } catch (error) {
    if (isFailedSync(error)) throw refuseFromNowOn(ctx, error);
    throw toStoreError(error, ctx.file);
  }
}

/** The disk refused to sync a commit: that write and every later one are refused (broken-sync.ts). */
function refuseFromNowOn(ctx: SqliteContext, error: unknown): StoreError {
  const failure = new StoreError(
    "store_unavailable",
    unavailableMessage(ctx.file, `the disk refused to sync it (${errorMessage(error)})`),
    { cause: error },
  );
  markBroken(ctx, failure);
  return failure;
}

/** Inside a write transaction: `work` in a savepoint, so that if it fails it alone is undone. */
export function inSavepoint<T>(ctx: SqliteContext, work: () => T): T {
  if (!ctx.db.inTransaction) throw new Error("inSavepoint: no transaction is open");
  return ctx.db.transaction(work)();
}

/** Several reads that see the file as it was at one moment (a deferred transaction takes no write lock). */
export function readSnapshot<T>(ctx: SqliteContext, work: () => T): T {
  try {
    return ctx.db.transaction(work).deferred();
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
