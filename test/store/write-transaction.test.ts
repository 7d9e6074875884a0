// Every write of the embedded store is one durable transaction of its own: it has committed when its call
// returns (synchronous=FULL puts the commit on disk first), one that fails is undone alone, and after a
// failed fsync or a close every write is refused with the reason.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { SqliteContext } from "../../src/store/embedded/context.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { writeRefusal, writeTransaction } from "../../src/store/embedded/write-transaction.ts";
import { smallRound } from "../scheduler/fakes.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A store file and a second connection to it, which sees every commit the first makes. */
function fileContext() {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-write-transaction-"));
  const file = join(dir, "t.sqlite");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
  const observer = new Database(file, { readonly: true });
  cleanups.push(() => {
    observer.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const ctx: SqliteContext = { db, file, report: () => {} };
  const insert = db.prepare("INSERT INTO t (k, v) VALUES (?, ?)");
  const seen = () => observer.prepare("SELECT k, v FROM t ORDER BY k").all();
  return { ctx, insert, seen };
}

describe("a write transaction", () => {
  it("has committed when it returns: another connection sees the write", () => {
    const { ctx, insert, seen } = fileContext();
    expect(writeTransaction(ctx, () => insert.run("a", 1).changes)).toBe(1);
    expect(seen()).toEqual([{ k: "a", v: 1 }]);
  });

  it("undoes a write that fails, and commits nothing for it", () => {
    const { ctx, insert, seen } = fileContext();
    expect(() =>
      writeTransaction(ctx, () => {
        insert.run("e", 1);
        insert.run("e", 2);
      }),
    ).toThrow(/UNIQUE/);
    expect(seen()).toEqual([]);
    expect(ctx.db.inTransaction).toBe(false);
  });

  it("undoes only the write that fails among several asked for at once", async () => {
    const { ctx, insert, seen } = fileContext();
    const write = async (work: () => unknown) => writeTransaction(ctx, work);
    const results = await Promise.allSettled([
      write(() => insert.run("a", 1)),
      write(() => {
        insert.run("b", 2);
        insert.run("a", 3); // primary key taken: this whole write is undone, "b" with it
      }),
      write(() => insert.run("c", 4)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(seen()).toEqual([
      { k: "a", v: 1 },
      { k: "c", v: 4 },
    ]);
  });

  it("lets a later write read what an earlier one wrote", () => {
    const { ctx, insert } = fileContext();
    writeTransaction(ctx, () => insert.run("x", 1));
    expect(writeTransaction(ctx, () => ctx.db.prepare("SELECT v FROM t WHERE k = 'x'").get())).toEqual({
      v: 1,
    });
  });

  it("after a failed fsync, refuses that write and every later one", () => {
    const { ctx, insert, seen } = fileContext();
    writeTransaction(ctx, () => insert.run("a", 1));
    // What SQLite throws from the same call when the disk refuses to sync a commit.
    const refused = () =>
      writeTransaction(ctx, () => {
        insert.run("b", 2);
        throw new Database.SqliteError("disk I/O error", "SQLITE_IOERR_FSYNC");
      });
    expect(refused).toThrow(
      expect.objectContaining({ code: "store_unavailable", message: expect.stringMatching(/sync/) }),
    );
    // The disk may answer again; what it lost is gone, so the store still refuses.
    expect(() => writeTransaction(ctx, () => insert.run("c", 3))).toThrow(
      expect.objectContaining({ code: "store_unavailable", message: expect.stringMatching(/sync/) }),
    );
    expect(writeRefusal(ctx)).toMatch(/the disk refused to sync it \(disk I\/O error\)/);
    expect(seen()).toEqual([{ k: "a", v: 1 }]);
  });
});

describe("the embedded store after close", () => {
  it("refuses every write, saying it is closed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modellbot-closed-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = await openEmbeddedStore({ dataDir: dir });
    await store.saveRound(smallRound());
    expect(store.writeRefusal?.()).toBeUndefined();
    await store.close();
    const closed = { code: "store_unavailable", message: expect.stringMatching(/closed/) };
    await expect(
      store.rememberEvent("e1", "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z"),
    ).rejects.toMatchObject(closed);
    await expect(store.saveRound({ ...smallRound(), name: "changed" })).rejects.toMatchObject(closed);
    expect(store.writeRefusal?.()).toBe("the store is closed");
  });
});
