// The embedded store's file: where it lives, how it migrates, and what an operator is told when it cannot be used.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { homeName, personName, ROUND_NAMES_VERSION } from "../../src/domain/round-names.ts";
import { migrate, SCHEMA_VERSION } from "../../src/store/embedded/migrations.ts";
import { openDatabase } from "../../src/store/embedded/open-database.ts";
import { DATA_FILE_NAME, openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { openStore } from "../../src/store/open-store.ts";
import { StoreError } from "../../src/store/port.ts";
import { sampleRound, statistics, submission } from "./sample-data.ts";

const root = mkdtempSync(join(tmpdir(), "modellbot-file-"));
let n = 0;
const freshDir = () => join(root, `dir-${++n}`, "nested");
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(dataDir: string): Promise<StoreError> {
  const error = await openEmbeddedStore({ dataDir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe("embedded store file", () => {
  it("creates DATA_DIR and keeps what was saved across a restart", async () => {
    const dataDir = freshDir();
    const store = await openStore({ dataDir });
    await store.submitAssessment(submission("a1"));
    await store.close();
    expect(existsSync(join(dataDir, DATA_FILE_NAME))).toBe(true);
    const reopened = await openStore({ dataDir });
    expect((await reopened.listAssessments("round-2027")).map((a) => a.idempotencyKey)).toEqual(["a1"]);
    await reopened.close();
  });

  it("migrates a file from an older schema version and keeps its data", async () => {
    const dataDir = freshDir();
    const v1 = await openEmbeddedStore({ dataDir });
    await v1.close();
    // Rebuild it as a version 1 file holding one submission, as an older Modellbot left it.
    rmSync(join(dataDir, DATA_FILE_NAME));
    const file = join(dataDir, DATA_FILE_NAME);
    const db = openDatabase(file);
    migrate(db, file, 1);
    const doc = JSON.stringify({ ...submission("old-1"), version: 1 });
    db.prepare(
      `INSERT INTO assessments (round_id, organisation_id, group_key, version, idempotency_key, submitted_at, doc)
       VALUES ('round-2027', 'grums', 'baseline', 1, 'old-1', '2027-03-01T09:00:00.000Z', ?)`,
    ).run(doc);
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    db.close();

    const store = await openEmbeddedStore({ dataDir });
    expect((await store.listAssessments("round-2027"))[0]?.idempotencyKey).toBe("old-1");
    expect((await store.submitAssessment(submission("new-1"))).value.version).toBe(2);
    expect((await store.saveStatistics(statistics("s1"))).value.version).toBe(1);
    await store.close();
    const migrated = new Database(file, { readonly: true });
    expect(migrated.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    migrated.close();
  });

  it("indexes what the rounds of an older file name, so that their people are recognised after the upgrade", async () => {
    const dataDir = freshDir();
    await openEmbeddedStore({ dataDir }).then((s) => s.close());
    const file = join(dataDir, DATA_FILE_NAME);
    rmSync(file);
    const db = openDatabase(file);
    migrate(db, file, 9);
    db.prepare("INSERT INTO rounds (id, doc) VALUES (?, ?)").run("round-2027", JSON.stringify(sampleRound()));
    db.close();

    const store = await openEmbeddedStore({ dataDir });
    expect(await store.roundsNaming(personName("nyckel@grums.se"))).toEqual([
      { roundId: "round-2027", organisationId: "grums" },
    ]);
    expect(await store.roundsNaming(homeName("slack", "T0001", "C0001"))).toEqual([
      { roundId: "round-2027", organisationId: "grums" },
    ]);
    await store.close();
  });

  it("indexes the names again when they were made by an older definition of them", async () => {
    const dataDir = freshDir();
    const first = await openEmbeddedStore({ dataDir });
    await first.saveRound(sampleRound());
    await first.close();
    const file = join(dataDir, DATA_FILE_NAME);
    const db = new Database(file);
    db.prepare(
      "INSERT INTO round_names (key, round_id, organisation_id) VALUES (?, 'round-2027', 'grums')",
    ).run(personName("gone@grums.se"));
    db.prepare("UPDATE round_names_version SET version = ?").run(ROUND_NAMES_VERSION - 1);
    db.close();

    const store = await openEmbeddedStore({ dataDir });
    expect(await store.roundsNaming(personName("gone@grums.se"))).toEqual([]);
    expect(await store.roundsNaming(personName("nyckel@grums.se"))).toEqual([
      { roundId: "round-2027", organisationId: "grums" },
    ]);
    await store.close();
  });

  it("sets up an empty database file that has no schema yet", async () => {
    const dataDir = freshDir();
    await openEmbeddedStore({ dataDir }).then((s) => s.close());
    const file = join(dataDir, DATA_FILE_NAME);
    rmSync(file);
    new Database(file).close();
    const store = await openEmbeddedStore({ dataDir });
    expect(await store.saveRound(sampleRound())).toEqual({ changed: true });
    await store.close();
  });

  it("refuses a file written by a newer Modellbot and says what to do", async () => {
    const dataDir = freshDir();
    await openEmbeddedStore({ dataDir }).then((s) => s.close());
    const db = new Database(join(dataDir, DATA_FILE_NAME));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const error = await refusal(dataDir);
    expect(error.code).toBe("store_newer_schema");
    expect(error.message).toContain(join(dataDir, DATA_FILE_NAME));
    expect(error.message).toContain("Upgrade Modellbot, or point DATA_DIR at another folder");
    expect(error.message).toContain("Uppgradera Modellbot");
  });

  it("refuses a damaged file, naming it and saying how to recover", async () => {
    const dataDir = freshDir();
    await openEmbeddedStore({ dataDir }).then((s) => s.close());
    writeFileSync(join(dataDir, DATA_FILE_NAME), "this is a spreadsheet, not a database\n".repeat(200));
    const error = await refusal(dataDir);
    expect(error.code).toBe("store_corrupt");
    expect(error.message).toContain(join(dataDir, DATA_FILE_NAME));
    expect(error.message).toContain("restore the file from a backup, or move it away");
    expect(error.message).toContain("säkerhetskopia");
  });
});

describe("housekeeping", () => {
  it("clears expired inbound event ids now and then, so the file does not grow forever", async () => {
    const dataDir = freshDir();
    const store = await openEmbeddedStore({ dataDir });
    const raw = new Database(join(dataDir, DATA_FILE_NAME), { readonly: true });
    const count = () => raw.prepare("SELECT count(*) AS n FROM inbound_events").get() as { n: number };
    for (let i = 0; i < 200; i++) {
      await store.rememberEvent(`old-${i}`, "2027-03-01T10:00:00.000Z", "2027-03-01T11:00:00.000Z");
    }
    expect(count().n).toBe(200);
    for (let i = 0; i < 100; i++) {
      await store.rememberEvent(`new-${i}`, "2027-03-02T10:00:00.000Z", "2027-03-02T11:00:00.000Z");
    }
    expect(count().n).toBe(100); // only the live ids are left
    expect(await store.rememberEvent("new-99", "2027-03-02T10:30:00.000Z", "2027-03-02T11:00:00.000Z")).toBe(
      false,
    );
    raw.close();
    await store.close();
  });
});

describe("invalid records on read", () => {
  async function storeWithDamagedRows(onInvalidRecord?: (d: string) => void) {
    const dataDir = freshDir();
    const store = await openEmbeddedStore({ dataDir, onInvalidRecord });
    await store.saveRound(sampleRound());
    await store.submitAssessment(submission("good"));
    await store.submitAssessment(submission("bad-shape", { organisationId: "kalmar" }));
    await store.submitAssessment(submission("not-json", { assessmentRound: "before-benchmarking-2" }));
    const raw = new Database(join(dataDir, DATA_FILE_NAME));
    raw
      .prepare("UPDATE assessments SET doc = ? WHERE idempotency_key = 'bad-shape'")
      .run('{"roundId":"round-2027"}');
    raw.prepare("UPDATE assessments SET doc = '{oops' WHERE idempotency_key = 'not-json'").run();
    raw.prepare("UPDATE rounds SET doc = '[]'").run();
    raw.close();
    return store;
  }

  it("skips an invalid row, names its table and key, and keeps serving the rest", async () => {
    const reports: string[] = [];
    const store = await storeWithDamagedRows((d) => reports.push(d));
    expect((await store.listAssessments("round-2027")).map((a) => a.idempotencyKey)).toEqual(["good"]);
    expect((await store.latestAssessments("round-2027")).map((a) => a.idempotencyKey)).toEqual(["good"]);
    expect(await store.getRound("round-2027")).toBeUndefined();
    expect(reports.some((r) => r.startsWith("assessments idempotency key bad-shape"))).toBe(true);
    expect(reports.some((r) => r.includes("not-json") && r.includes("not JSON"))).toBe(true);
    expect(reports.some((r) => r.startsWith("rounds id round-2027"))).toBe(true);
    await store.close();
  });

  it("warns on the console by default instead of throwing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const store = await storeWithDamagedRows();
      expect(await store.listRounds()).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("rounds id round-2027"));
      await store.close();
    } finally {
      warn.mockRestore();
    }
  });
});

describe("choosing the store", () => {
  it("uses MongoDB when MONGODB_URI is set, and says so when it cannot be reached", async () => {
    const error = await openStore({
      dataDir: freshDir(),
      mongodbUri: "mongodb://user:secret@127.0.0.1:9/modellbot?serverSelectionTimeoutMS=300",
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("store_unavailable");
    expect((error as StoreError).message).toContain("MONGODB_URI");
    expect((error as StoreError).message).not.toContain("secret");
  });
});
