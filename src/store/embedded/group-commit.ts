// Group commit: writes that arrive while the event loop is busy share one durable commit (one fsync)
// instead of one each. Every write still runs in its own savepoint (or alone in its transaction), so one
// that fails is undone alone, and every caller is answered only after the commit that holds its write is
// on disk.
//
// The fsync does not hold up the event loop: the batch commits with synchronous=NORMAL (SQLite writes the
// WAL but does not sync it), and the WAL file is then fsynced on libuv's thread pool; the batch's callers
// are answered when that fsync is done. Meanwhile other requests are parsed and handled, and their writes
// make the next batch. Nobody is told "saved" before their write is on disk, as with synchronous=FULL. A
// process crash in between loses nothing either (the pages are the kernel's); only a power loss in that
// instant can take writes that nobody was told were saved, which another request may have read.
import { close, closeSync, fsync, fsyncSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { errorMessage } from "../../logging/error-message.ts";
import { StoreError } from "../port.ts";
import { brokenBy, markBroken } from "./broken-sync.ts";
import type { SqliteContext } from "./context.ts";
import { unavailableMessage } from "./messages.ts";
import { toStoreError } from "./sqlite-errors.ts";
import {
  inSavepoint,
  isClosed,
  refusalOf,
  refuseWritesAfterClose,
  writeTransaction,
} from "./write-transaction.ts";

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const queues = new WeakMap<SqliteContext, Pending[]>();

/** Per database: the WAL file's descriptor, the fsync in flight, and who waits for the next one. */
interface WalSync {
  fd: number;
  sync: NonNullable<SqliteContext["fsync"]>;
  running: boolean;
  /** Batches committed since the fsync in flight started: they need the next one. */
  next: (() => void)[];
  failed: ((error: unknown) => void)[];
  /** Resolves when no fsync is running or waiting (for close). */
  idle: Promise<void>;
  settle: () => void;
}

/** Per database: syncing the WAL ourselves, committing with FULL (no WAL file, or it cannot be synced). */
const walSyncs = new WeakMap<SqliteContext, WalSync | "full">();

/** The WAL file's sync state, or "full" when the database has no WAL file to sync (then FULL commits). */
function walSync(ctx: SqliteContext): WalSync | "full" {
  const known = walSyncs.get(ctx);
  if (known) return known;
  let state: WalSync | "full" = "full";
  if (ctx.db.pragma("journal_mode", { simple: true }) === "wal") {
    try {
      // Writable: on some systems fsync needs it. The directory is synced once, as SQLite does when it
      // creates the WAL file, so that the file itself is sure to be found after a power loss.
      const fd = openSync(`${ctx.file}-wal`, "r+");
      syncDirectory(dirname(ctx.file));
      const sync = ctx.fsync ?? fsync;
      state = { fd, sync, running: false, next: [], failed: [], idle: Promise.resolve(), settle: () => {} };
    } catch {
      state = "full";
    }
  }
  walSyncs.set(ctx, state);
  return state;
}

function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems cannot open or sync a directory; SQLite does without it there too.
  }
}

/** Calls `done` (or `fail`) after an fsync of the WAL that started after this call. */
function afterWalSync(state: WalSync, done: () => void, fail: (error: unknown) => void): void {
  if (!state.running && state.next.length === 0)
    state.idle = new Promise((resolve) => {
      state.settle = resolve;
    });
  state.next.push(done);
  state.failed.push(fail);
  if (!state.running) startWalSync(state);
}

function startWalSync(state: WalSync): void {
  const done = state.next;
  const failed = state.failed;
  state.next = [];
  state.failed = [];
  state.running = true;
  state.sync(state.fd, (error) => {
    state.running = false;
    if (error) for (const fail of failed) fail(error);
    else for (const resolve of done) resolve();
    if (state.next.length > 0) startWalSync(state);
    else state.settle();
  });
}

/**
 * Before the database is closed: writes still queued are committed, every fsync in flight is awaited,
 * and the WAL file is let go. Writes asked for after this are refused.
 */
export async function closeGroupCommit(ctx: SqliteContext): Promise<void> {
  if (isClosed(ctx)) return;
  if (queues.has(ctx) && ctx.db.open) flush(ctx);
  refuseWritesAfterClose(ctx);
  const state = walSyncs.get(ctx);
  if (!state || state === "full") return;
  await state.idle;
  await new Promise<void>((resolve) => close(state.fd, () => resolve()));
}

const syncStatements = new WeakMap<SqliteContext, { normal: () => void; full: () => void }>();

/** Runs `commit` with synchronous=NORMAL, and puts FULL back for every other write of this connection. */
function withoutSync<T>(ctx: SqliteContext, commit: () => T): T {
  let set = syncStatements.get(ctx);
  if (!set) {
    const normal = ctx.db.prepare("PRAGMA synchronous = NORMAL");
    const full = ctx.db.prepare("PRAGMA synchronous = FULL");
    set = { normal: () => normal.run(), full: () => full.run() };
    syncStatements.set(ctx, set);
  }
  set.normal();
  try {
    return commit();
  } finally {
    set.full();
  }
}

export function groupCommit<T>(ctx: SqliteContext, work: () => T): Promise<T> {
  const refusal = refusalOf(ctx);
  if (refusal) return Promise.reject(refusal);
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(ctx);
    if (!queue) {
      queue = [];
      queues.set(ctx, queue);
      setImmediate(() => flush(ctx));
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}

function flush(ctx: SqliteContext): void {
  const batch = queues.get(ctx) ?? [];
  queues.delete(ctx);
  // Already flushed by closeGroupCommit.
  if (batch.length === 0) return;
  const failedBefore = brokenBy(ctx);
  if (failedBefore) {
    for (const item of batch) item.reject(failedBefore);
    return;
  }
  const wal = walSync(ctx);
  let outcomes: Outcome[];
  try {
    const commit = () => commitBatch(ctx, batch);
    outcomes = wal === "full" ? commit() : withoutSync(ctx, commit);
  } catch (failure) {
    for (const item of batch) item.reject(failure);
    return;
  }
  const answer = () =>
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else
        item.reject(toStoreError(outcome ? outcome.error : new Error("group commit lost a write"), ctx.file));
    });
  if (wal === "full") {
    answer();
    return;
  }
  // Failed writes were rolled back and wrote nothing, but are answered in order with the rest.
  afterWalSync(wal, answer, (error) => {
    const failure = new StoreError(
      "store_unavailable",
      unavailableMessage(ctx.file, `the disk refused to sync it (${errorMessage(error)})`),
      { cause: error },
    );
    markBroken(ctx, failure);
    for (const item of batch) item.reject(failure);
  });
}

function commitBatch(ctx: SqliteContext, batch: Pending[]): Outcome[] {
  // A write alone needs no savepoint: if it fails, its transaction is all there is to undo.
  if (batch.length === 1) {
    const only = batch[0] as Pending;
    try {
      return [{ ok: true, value: writeTransaction(ctx, only.work) }];
    } catch (error) {
      return [{ ok: false, error }];
    }
  }
  return writeTransaction(ctx, () =>
    batch.map((item): Outcome => {
      try {
        // A failing write rolls back only its own savepoint.
        return { ok: true, value: inSavepoint(ctx, item.work) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
}
