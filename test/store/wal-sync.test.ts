// A group commit's callers are answered only after the WAL file was fsynced, which happens off the event
// loop; a failed fsync tells them their write may not be on disk. node:fs's fsync is held back here, so
// that the moment between the commit and the fsync can be looked at.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";

const held: ((error: NodeJS.ErrnoException | null) => void)[] = [];
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  return {
    ...fs,
    fsync: (_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => held.push(done),
  };
});

const { closeGroupCommit, groupCommit } = await import("../../src/store/embedded/group-commit.ts");

const dirs: string[] = [];
afterEach(() => {
  held.length = 0;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function walDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-wal-sync-"));
  dirs.push(dir);
  const file = join(dir, "t.sqlite");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY)");
  const ctx = { db, file, report: () => {} };
  const insert = db.prepare("INSERT INTO t VALUES (?)");
  return { ctx, write: (k: string) => groupCommit(ctx, () => insert.run(k).changes) };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe("the WAL fsync of a group commit", () => {
  it("answers a write only once the fsync that follows its commit is done", async () => {
    const { ctx, write } = walDatabase();
    const saved = write("a");
    expect(await settled(saved)).toBe(false);
    expect(held).toHaveLength(1);
    // Committed (another connection would see it), but the caller is not told so before the fsync.
    expect(ctx.db.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 1 });
    held[0]?.(null);
    await expect(saved).resolves.toBe(1);
    // The connection is back on FULL for writes that do not go through the group commit.
    expect(ctx.db.pragma("synchronous", { simple: true })).toBe(2);
    ctx.db.close();
  });

  it("makes a write committed while an fsync runs wait for the next fsync", async () => {
    const { ctx, write } = walDatabase();
    const first = write("a");
    await settled(first);
    const second = write("b");
    expect(await settled(second)).toBe(false);
    expect(held).toHaveLength(1);
    held[0]?.(null);
    await expect(first).resolves.toBe(1);
    expect(await settled(second)).toBe(false);
    expect(held).toHaveLength(2);
    held[1]?.(null);
    await expect(second).resolves.toBe(1);
    ctx.db.close();
  });

  it("tells the caller when the fsync failed, and close waits for a running fsync", async () => {
    const { ctx, write } = walDatabase();
    const saved = write("a");
    await settled(saved);
    const closing = closeGroupCommit(ctx);
    expect(await settled(closing)).toBe(false);
    held[0]?.(Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" }));
    await expect(saved).rejects.toThrow(/EIO/);
    await closing;
    ctx.db.close();
  });
});
