// `export xlsx` in the chat and `npm run cli -- export --format xlsx`: one workbook, read back with exceljs,
// every sheet there and its figures the store's, as numbers.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_ROUND } from "../../src/app.ts";
import { exportCommand } from "../../src/cli/commands/export.ts";
import type { Reply } from "../../src/engine/events.ts";
import { parseCsv } from "../../src/export/csv.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openStore } from "../../src/store/open-store.ts";
import { type Seeded, seededRound } from "./seeded-round.ts";

let seeded: Seeded;
beforeAll(async () => {
  seeded = await seededRound();
  const { store, round } = seeded;
  await store.savePdsaUpdate({
    roundId: round.id,
    organisationId: "org-0-a",
    area: "Föreningsbidrag",
    points: ["p6", "p8"],
    cycle: 1,
    phase: "study",
    learned: "Pojkar får två tredjedelar",
    submittedBy: "key@org-0-a.example",
    submittedAt: "2027-06-01T08:00:00.000Z",
    idempotencyKey: "pdsa-1",
  });
  await store.markPresentation({
    roundId: round.id,
    organisationId: "org-0-a",
    meeting: "benchmarking-2",
    link: "https://example.org/org-0-a.pdf",
    markedBy: "key@org-0-a.example",
    markedAt: "2027-05-01T08:00:00.000Z",
    idempotencyKey: "mark-1",
  });
  // After the deadline of benchmarking meeting 3 (8 November; due 1 November): handed in late.
  await store.markPresentation({
    roundId: round.id,
    organisationId: "org-0-a",
    meeting: "benchmarking-3",
    link: "https://example.org/org-0-a-3.pdf",
    markedBy: "key@org-0-a.example",
    markedAt: "2027-11-03T08:00:00.000Z",
    idempotencyKey: "mark-2",
  });
  await store.saveStatistics({
    roundId: round.id,
    organisationId: "org-0-a",
    reported: 40,
    bySex: 30,
    routines: { budget: true, followUp: false, decisions: true },
    submittedBy: "key@org-0-a.example",
    submittedAt: "2027-10-01T08:00:00.000Z",
    idempotencyKey: "stats-1",
  });
});
afterAll(async () => seeded.close());

async function ask(text: string, at = "2027-12-20T10:00:00Z"): Promise<Reply[]> {
  const user = { id: "pm@skr.example", email: "pm@skr.example" };
  const event = {
    type: "command" as const,
    text,
    platform: "playground" as const,
    workspace: "playground",
    channel: "project-managers",
    user,
    eventId: text,
  };
  return seeded.engine.handle(event, new Date(at));
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows below the header as header → value. */
function rows(book: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${book.worksheets.map((w) => w.name).join(", ")}`);
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return out;
}

describe("the Excel export", () => {
  it("gives a project manager a workbook with every sheet, its figures as numbers, Swedish headers", async () => {
    const [reply] = await ask("exportera xlsx");
    if (reply?.type !== "file") throw new Error(`expected a file, got ${reply?.type}`);
    expect(reply.file.name).toBe("test-round-2027-12-20.xlsx");
    expect(reply.file.encoding).toBe("base64");
    const book = await read(Buffer.from(reply.file.content, "base64"));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Självskattningar",
      "Förändring",
      "Redo att bli modell",
      "PGSA-cykler",
      "Presentationer",
      "Statistik",
      "Sent",
    ]);
    // After the conference: what came late, with when and how many days after the deadline, and what never
    // came (the round has concluded, so nothing is awaited any more).
    const late = rows(book, "Sent");
    expect(late.filter((r) => r.Läge === "inlämnad efter sista dagen")).toEqual([
      // The PDSA update of 1 June (10:00 in Stockholm) is the first since meeting 1: 26 days after the
      // deadline of meeting 2's.
      expect.objectContaining({
        Organisation: "org-0-a kommun",
        Vad: "PGSA-uppdatering",
        Inför: "Benchmarkingmöte 2",
        Inlämnad: new Date("2027-06-01T10:00:00Z"),
        "Dagar efter sista dagen": 26,
      }),
      {
        Kluster: "Cluster 0",
        Organisation: "org-0-a kommun",
        Vad: "Presentation",
        Inför: "Benchmarkingmöte 3",
        Läge: "inlämnad efter sista dagen",
        "Sista dag": new Date("2027-11-01T00:00:00Z"),
        // Marked 08:00 UTC on 3 November: 09:00 in Stockholm, two days after the deadline.
        Inlämnad: new Date("2027-11-03T09:00:00Z"),
        "Dagar efter sista dagen": 2,
      },
    ]);
    expect(new Set(late.map((r) => r.Läge))).toEqual(
      new Set(["inlämnad efter sista dagen", "lämnades aldrig in"]),
    );
    // org-0-b skipped the self-assessment before meeting 2.
    expect(late).toContainEqual(
      expect.objectContaining({
        Organisation: expect.stringContaining("Åsele"),
        Vad: "Självskattning",
        Inför: "Benchmarkingmöte 2",
        Läge: "lämnades aldrig in",
        "Sista dag": new Date("2027-05-06T00:00:00Z"),
      }),
    );
    const latest = await seeded.store.latestAssessments(seeded.round.id);
    const assessments = rows(book, "Självskattningar");
    expect(assessments).toHaveLength(latest.length * seeded.checklist.points.length);
    const firstOfA = assessments.find((r) => r.Organisation === "org-0-a kommun" && r.Punkt === 1);
    expect(firstOfA).toMatchObject({ Skattning: "Nulägesbedömning", Poäng: 1 });
    const shift = rows(book, "Förändring").filter((r) => r.Organisation === "org-0-a kommun");
    expect(shift.map((r) => r.Summa)).toEqual([16, 20, 27, 36]);
    expect(shift.map((r) => r["Förändring sedan förra"])).toEqual([null, 4, 7, 9]);
    expect(rows(book, "PGSA-cykler")[0]).toMatchObject({
      Förbättringsområde: "Föreningsbidrag",
      Cykel: 1,
      Fas: "studera",
      Punkter: "6, 8",
    });
    expect(rows(book, "Presentationer")[0]?.Länk).toMatchObject({
      hyperlink: "https://example.org/org-0-a.pdf",
    });
    expect(rows(book, "Statistik")[0]).toMatchObject({
      "Redovisad statistik (antal)": 40,
      "Varav könsuppdelad": 30,
      "Andel könsuppdelad": 0.75,
    });
    expect(rows(book, "Redo att bli modell").find((r) => r.Organisation === "org-0-a kommun")).toMatchObject({
      Summa: 36,
      Redo: "ja",
    });
  });

  it("lists what is late and still missing at the moment of the export", async () => {
    // 5 November: benchmarking meeting 3 (8 November) was due on 1 November.
    const [reply] = await ask("exportera xlsx", "2027-11-05T10:00:00Z");
    if (reply?.type !== "file") throw new Error("expected a file");
    const late = rows(await read(Buffer.from(reply.file.content, "base64")), "Sent");
    const missing = late.filter((r) => r.Läge === "saknas, sista dagen har passerat");
    expect(missing.length).toBeGreaterThan(0);
    // org-0-a reported its statistics; org-0-b did not: due on 1 November, four days ago.
    expect(missing).toContainEqual(
      expect.objectContaining({
        Organisation: expect.stringContaining("Åsele"),
        Vad: "Individbaserad statistik",
        "Sista dag": new Date("2027-11-01T00:00:00Z"),
        Inlämnad: null,
        "Dagar efter sista dagen": 4,
      }),
    );
    expect(
      missing.filter((r) => r.Organisation === "org-0-a kommun" && r.Vad === "Individbaserad statistik"),
    ).toEqual([]);
  });

  it("adds the PDSA cycles, presentations and statistics to the CSV and the Markdown report", async () => {
    const [csv] = await ask("exportera csv");
    if (csv?.type !== "file") throw new Error("expected a file");
    const rowsOfA = parseCsv(csv.file.content).filter((r) => r.organisation === "org-0-a");
    expect(rowsOfA[0]).toMatchObject({
      pdsa_cycles: "Föreningsbidrag #1 study",
      presentations:
        "benchmarking-2 https://example.org/org-0-a.pdf | benchmarking-3 https://example.org/org-0-a-3.pdf",
      statistics_reported: "40",
      statistics_by_sex: "30",
      comment_p1: "",
    });
    expect(csv.file.content.startsWith("\uFEFF")).toBe(true);
    const [md] = await ask("exportera md");
    if (md?.type !== "file") throw new Error("expected a file");
    expect(md.file.content).toContain("## Individbaserad statistik (steg 6)");
    expect(md.file.content).toContain("30 av 40 redovisade individbaserade statistikområden");
    expect(md.file.content).toContain("Rutiner för att analysera dem: budgetarbetet, politiska beslut.");
    expect(md.file.content).toContain("- Benchmarkingmöte 2: <https://example.org/org-0-a.pdf>");
  });

  it("is written by the CLI to the file named, in English when asked, and refuses to print a workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "modellbot-xlsx-"));
    try {
      const loaded = await loadRoundFile(EXAMPLE_ROUND);
      if (!loaded.ok) throw new Error("the example round is valid");
      const store = await openStore({ dataDir: dir });
      await store.saveRound(loaded.round);
      await store.submitAssessment({
        roundId: loaded.round.id,
        organisationId: "karlskrona",
        assessmentRound: "baseline",
        answers: Object.fromEntries(
          loaded.checklist.points.map((p) => [p.id, { score: 2, comment: `om ${p.id}` }]),
        ),
        submittedBy: "lars.nystrom@karlskrona.example",
        submittedAt: "2027-03-10T09:00:00.000Z",
        idempotencyKey: "cli-xlsx-1",
      });
      await store.close();
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        out: (l: string) => out.push(l),
        err: (l: string) => err.push(l),
        env: { DATA_DIR: dir, LANG: "en_GB.UTF-8" },
        cwd: dir,
      };
      const args = ["--round", loaded.round.id, "--format", "xlsx", "--language", "en"];
      expect(await exportCommand(args, io)).toBe(2);
      expect(err.join("\n")).toContain("give --out FILE.xlsx");
      expect(await exportCommand([...args, "--out", "r.xlsx"], io)).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, "r.xlsx"));
      expect(book.worksheets.map((w) => w.name)).toEqual([
        "Self-assessments",
        "Shift",
        "Readiness",
        "PDSA cycles",
        "Presentations",
        "Statistics",
        "Late",
      ]);
      expect(rows(book, "Shift")).toEqual([
        expect.objectContaining({ Organisation: "Karlskrona kommun", Total: 20, Max: 30 }),
      ]);
      const third = rows(book, "Self-assessments").find((r) => r.Point === 3);
      expect(third).toMatchObject({
        Score: 2,
        Comment: "om p3",
        "Self-assessment": "Baseline self-assessment",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
