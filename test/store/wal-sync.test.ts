// A group commit's callers are answered only after the WAL file was fsynced, which happens off the event
// loop. The context's fsync is a fake that holds each sync until the test lets it finish (or fail), so
// that the moment between the commit and the fsync can be looked at.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { SqliteContext } from "../../src/store/embedded/context.ts";
import { closeGroupCommit, groupCommit } from "../../src/store/embedded/group-commit.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type SyncDone = (error: NodeJS.ErrnoException | null) => void;

function walDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-wal-sync-"));
  dirs.push(dir);
  const file = join(dir, "t.sqlite");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY)");
  const held: SyncDone[] = [];
  const ctx: SqliteContext = { db, file, report: () => {}, fsync: (_fd, done) => held.push(done) };
  const insert = db.prepare("INSERT INTO t VALUES (?)");
  const rows = () => (db.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n;
  const close = async () => {
    const closing = closeGroupCommit(ctx);
    for (const done of held.splice(0)) done(null);
    await closing;
    db.close();
  };
  return { ctx, held, rows, close, write: (k: string) => groupCommit(ctx, () => insert.run(k).changes) };
}

async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe("the WAL fsync of a group commit", () => {
  it("answers a write only once the fsync that follows its commit is done", async () => {
    const db = walDatabase();
    const saved = db.write("a");
    expect(await isSettled(saved)).toBe(false);
    expect(db.held).toHaveLength(1);
    // Committed (another connection would see it), but the caller is not told so before the fsync.
    expect(db.rows()).toBe(1);
    db.held[0]?.(null);
    await expect(saved).resolves.toBe(1);
    // The connection is back on FULL for writes that do not go through the group commit.
    expect(db.ctx.db.pragma("synchronous", { simple: true })).toBe(2);
    await db.close();
  });

  it("makes a write committed while an fsync runs wait for the next fsync", async () => {
    const db = walDatabase();
    const first = db.write("a");
    await isSettled(first);
    const second = db.write("b");
    expect(await isSettled(second)).toBe(false);
    expect(db.held).toHaveLength(1);
    db.held[0]?.(null);
    await expect(first).resolves.toBe(1);
    expect(await isSettled(second)).toBe(false);
    expect(db.held).toHaveLength(2);
    db.held[1]?.(null);
    await expect(second).resolves.toBe(1);
    await db.close();
  });

  it("after a failed fsync, refuses that write and every later one", async () => {
    const db = walDatabase();
    const saved = db.write("a");
    await isSettled(saved);
    db.held[0]?.(Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" }));
    await expect(saved).rejects.toMatchObject({ code: "store_unavailable", message: /sync/ });
    await expect(db.write("b")).rejects.toMatchObject({ code: "store_unavailable" });
    expect(db.rows()).toBe(1);
    await db.close();
  });

  it("on close, commits and answers the writes still queued, then refuses new ones", async () => {
    const db = walDatabase();
    const queued = db.write("a");
    const closing = closeGroupCommit(db.ctx);
    expect(db.rows()).toBe(1);
    expect(await isSettled(closing)).toBe(false);
    db.held[0]?.(null);
    await closing;
    await expect(queued).resolves.toBe(1);
    await expect(db.write("b")).rejects.toMatchObject({ code: "store_unavailable", message: /closed/ });
    db.ctx.db.close();
  });
});
