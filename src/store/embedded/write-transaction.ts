// Every write runs in BEGIN IMMEDIATE: it takes the write lock up front, so a second process waits
// (busy_timeout) instead of failing half-way, and a read-then-write inside cannot be interleaved.
import type { Database, Transaction } from "better-sqlite3";
import { brokenBy } from "./broken-sync.ts";
import type { SqliteContext } from "./context.ts";
import { toStoreError } from "./sqlite-errors.ts";

type Runner = Transaction<(work: () => unknown) => unknown>;

/**
 * One transaction function per database, the work passed as its argument: better-sqlite3 builds four
 * wrapper functions for every `db.transaction(fn)`, which per write (and per write of a group commit)
 * was a good part of what a write allocated. Called inside a transaction it is a savepoint.
 */
const runners = new WeakMap<Database, Runner>();

function runner(db: Database): Runner {
  let run = runners.get(db);
  if (!run) {
    run = db.transaction((work: () => unknown) => work());
    runners.set(db, run);
  }
  return run;
}

export function writeTransaction<T>(ctx: SqliteContext, work: () => T): T {
  // A write after a failed fsync could be "saved" on a WAL that lost earlier frames: refused like the rest.
  const failure = brokenBy(ctx);
  if (failure) throw failure;
  try {
    return runner(ctx.db).immediate(work) as T;
  } catch (error) {
    throw toStoreError(error, ctx.file);
  }
}

/** Inside a write transaction: `work` in a savepoint, so that if it fails it alone is undone. */
export function inSavepoint<T>(ctx: SqliteContext, work: () => T): T {
  if (!ctx.db.inTransaction) throw new Error("inSavepoint: no transaction is open");
  return runner(ctx.db)(work) as T;
}

/** Several reads that see the file as it was at one moment (a deferred transaction takes no write lock). */
export function readSnapshot<T>(ctx: SqliteContext, work: () => T): T {
  try {
    return runner(ctx.db).deferred(work) as T;
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
