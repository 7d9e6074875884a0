// Versions read once are not parsed again, but a row changed behind the store's back is read anew and a
// row broken behind its back is skipped and reported, as on the first read.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/store/embedded/migrations.ts";
import { DATA_FILE_NAME, openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { submission } from "./sample-data.ts";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("reading versions again", () => {
  it("sees a row changed or broken outside the store", async () => {
    dir = mkdtempSync(join(tmpdir(), "modellbot-parsed-"));
    const reports: string[] = [];
    const store = await openEmbeddedStore({ dataDir: dir, onInvalidRecord: (r) => reports.push(r) });
    await store.submitAssessment(submission("k1", { answers: { p1: { score: 2 } } }));
    expect((await store.latestAssessments("round-2027"))[0]?.answers.p1?.score).toBe(2);

    const raw = new Database(join(dir, DATA_FILE_NAME));
    const row = raw.prepare("SELECT doc FROM assessments").get() as { doc: string };
    const changed = JSON.parse(row.doc);
    changed.answers.p1.score = 3;
    raw.prepare("UPDATE assessments SET doc = ?").run(JSON.stringify(changed));
    expect((await store.latestAssessments("round-2027"))[0]?.answers.p1?.score).toBe(3);

    raw.prepare("UPDATE assessments SET doc = ?").run('{"not":"an assessment"}');
    raw.close();
    expect(await store.latestAssessments("round-2027")).toEqual([]);
    expect(reports.some((r) => r.includes("assessments"))).toBe(true);
    await store.close();
  });
});

describe("a file from before the latest-version flag (schema 3)", () => {
  it("is migrated so that the latest of each group is still the latest", async () => {
    dir = mkdtempSync(join(tmpdir(), "modellbot-v3-"));
    const before = await openEmbeddedStore({ dataDir: dir });
    await before.submitAssessment(submission("a1", { answers: { p1: { score: 1 } } }));
    await before.submitAssessment(submission("a2", { answers: { p1: { score: 2 } } }));
    await before.submitAssessment(submission("a3", { answers: { p1: { score: 3 } } }));
    await before.submitAssessment(submission("b1", { assessmentRound: "before-benchmarking-2" }));
    await before.close();
    const raw = new Database(join(dir, DATA_FILE_NAME));
    for (const table of ["assessments", "pdsa_updates", "presentation_marks", "statistics_reports"]) {
      raw.exec(`DROP INDEX ${table}_latest; ALTER TABLE ${table} DROP COLUMN is_latest;`);
    }
    // And every table a migration after schema 4 added.
    for (const table of tablesAfter(4)) raw.exec(`DROP TABLE ${table}`);
    raw.pragma("user_version = 3");
    raw.close();
    const after = await openEmbeddedStore({ dataDir: dir });
    const latest = await after.latestAssessments("round-2027");
    expect(latest.map((a) => [a.assessmentRound, a.version, a.answers.p1?.score])).toEqual([
      ["baseline", 3, 3],
      ["before-benchmarking-2", 1, expect.any(Number)],
    ]);
    await after.submitAssessment(submission("a4", { answers: { p1: { score: 2 } } }));
    expect((await after.latestAssessments("round-2027", "grums"))[0]?.version).toBe(4);
    await after.close();
  });
});

/** The tables the migrations after `version` create: a file of that schema has none of them. */
function tablesAfter(version: number): string[] {
  const names = (db: Database.Database) =>
    db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
  const old = new Database(":memory:");
  migrate(old, ":memory:", version);
  const now = new Database(":memory:");
  migrate(now, ":memory:");
  const before = new Set(names(old));
  const added = names(now).filter((n) => !before.has(n));
  old.close();
  now.close();
  return added;
}
