// Group commit: writes that arrive while the event loop is busy share one durable commit (one fsync)
// instead of one each. Every write still runs in its own savepoint (or alone in its transaction), so one
// that fails is undone alone, and every caller is answered only after the commit that holds its write is
// on disk.
import type { SqliteContext } from "./context.ts";
import { toStoreError } from "./sqlite-errors.ts";
import { inSavepoint, writeTransaction } from "./write-transaction.ts";

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const queues = new WeakMap<SqliteContext, Pending[]>();

export function groupCommit<T>(ctx: SqliteContext, work: () => T): Promise<T> {
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
  // A write alone needs no savepoint: if it fails, its transaction is all there is to undo.
  if (batch.length === 1) {
    flushOne(ctx, batch[0] as Pending);
    return;
  }
  let outcomes: Outcome[];
  try {
    outcomes = writeTransaction(ctx, () =>
      batch.map((item): Outcome => {
        try {
          // A failing write rolls back only its own savepoint.
          return { ok: true, value: inSavepoint(ctx, item.work) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  } catch (failure) {
    for (const item of batch) item.reject(failure);
    return;
  }
  batch.forEach((item, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) item.resolve(outcome.value);
    else
      item.reject(toStoreError(outcome ? outcome.error : new Error("group commit lost a write"), ctx.file));
  });
}

function flushOne(ctx: SqliteContext, item: Pending): void {
  let value: unknown;
  try {
    value = writeTransaction(ctx, item.work);
  } catch (failure) {
    item.reject(failure);
    return;
  }
  item.resolve(value);
}
