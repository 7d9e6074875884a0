// Writes that arrive together share one commit, but each is undone alone when it fails, and each caller
// hears of its own write only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { SqliteContext } from "../../src/store/embedded/context.ts";
import { closeGroupCommit, groupCommit } from "../../src/store/embedded/group-commit.ts";

function memoryContext(): SqliteContext {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
  return { db, file: ":memory:", report: () => {} };
}

/** A store file and a second connection to it, which sees every commit the first makes. */
function fileContext(): { ctx: SqliteContext; commits: () => number; close: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-group-commit-"));
  const file = join(dir, "t.sqlite");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
  const observer = new Database(file, { readonly: true });
  // data_version moves each time another connection commits.
  const version = () => observer.pragma("data_version", { simple: true }) as number;
  const start = version();
  const ctx = { db, file, report: () => {} };
  return {
    ctx,
    commits: () => version() - start,
    close: async () => {
      await closeGroupCommit(ctx);
      observer.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("group commit", () => {
  it("commits the writes of one moment together, undoing only the one that fails", async () => {
    const { ctx, commits, close } = fileContext();
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
    // Three writes, one commit.
    expect(commits()).toBe(1);
    await groupCommit(ctx, () => insert.run("d", 5).changes);
    expect(commits()).toBe(2);
    await close();
  });

  it("undoes a write that fails alone, and commits nothing for it", async () => {
    const { ctx, commits, close } = fileContext();
    const insert = ctx.db.prepare("INSERT INTO t (k, v) VALUES (?, ?)");
    const failing = groupCommit(ctx, () => {
      insert.run("e", 1);
      insert.run("e", 2);
    });
    await expect(failing).rejects.toThrow(/UNIQUE/);
    expect(ctx.db.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 0 });
    expect(ctx.db.inTransaction).toBe(false);
    expect(commits()).toBe(0);
    await close();
  });

  it("answers a write made later in its own commit", async () => {
    const ctx = memoryContext();
    await groupCommit(ctx, () => ctx.db.prepare("INSERT INTO t (k, v) VALUES ('x', 1)").run());
    const later = await groupCommit(ctx, () => ctx.db.prepare("SELECT v FROM t WHERE k = 'x'").get());
    expect(later).toEqual({ v: 1 });
  });
});
