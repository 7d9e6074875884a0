// Versions read once are not parsed again, but a row changed behind the store's back is read anew and a
// row broken behind its back is skipped and reported, as on the first read.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
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
