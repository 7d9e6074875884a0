// Writes that arrive together share one commit, but each is undone alone when it fails, and each caller
// hears of its own write only.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { SqliteContext } from "../../src/store/embedded/context.ts";
import { groupCommit } from "../../src/store/embedded/group-commit.ts";

function memoryContext(): SqliteContext {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
  return { db, file: ":memory:", report: () => {} };
}

describe("group commit", () => {
  it("commits the writes of one moment together, undoing only the one that fails", async () => {
    const ctx = memoryContext();
    let transactions = 0;
    const original = ctx.db.transaction.bind(ctx.db);
    ctx.db.transaction = ((fn: (...args: unknown[]) => unknown) => {
      transactions++;
      return original(fn);
    }) as typeof ctx.db.transaction;
    const insert = ctx.db.prepare("INSERT INTO t (k, v) VALUES (?, ?)");
    const results = await Promise.allSettled([
      groupCommit(ctx, () => insert.run("a", 1).changes),
      groupCommit(ctx, () => {
        insert.run("b", 2);
        insert.run("a", 3); // primary key taken: this whole write is undone, "b" with it
      }),
      groupCommit(ctx, () => insert.run("c", 4).changes),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(ctx.db.prepare("SELECT k, v FROM t ORDER BY k").all()).toEqual([
      { k: "a", v: 1 },
      { k: "c", v: 4 },
    ]);
    // One outer transaction and one savepoint per write: three writes, one commit.
    expect(transactions).toBe(4);
  });

  it("answers a write made later in its own commit", async () => {
    const ctx = memoryContext();
    await groupCommit(ctx, () => ctx.db.prepare("INSERT INTO t (k, v) VALUES ('x', 1)").run());
    const later = await groupCommit(ctx, () => ctx.db.prepare("SELECT v FROM t WHERE k = 'x'").get());
    expect(later).toEqual({ v: 1 });
  });
});
