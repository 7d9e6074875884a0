// The workbook as a project manager reads it: times in the round's time zone (Europe/Stockholm), clusters
// and people by name (the address kept beside the name), and a late baseline with its deadline, when it came
// and how many days after. Read back with exceljs, as Excel would open it.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, only, scores, startHarness } from "../engine/harness.ts";

const MANAGER = "sara.holm@skr.example";
const LARS = "lars.nystrom@karlskrona.example";

let h: Harness;
let book: ExcelJS.Workbook;
beforeAll(async () => {
  h = await startHarness();
  // 07:01 UTC on Tuesday 30 March 2027 is 09:01 in Stockholm (summer time since the 28th); Karlskrona's
  // baseline was due on Monday 29 March.
  const at = "2027-03-30T07:01:00Z";
  const form = only(await h.say(LARS, "bedöm", at), "form").card;
  await h.submit(LARS, form, scores(h.checklist, Array(10).fill(2)), at, "baseline");
  const reply = (await h.say(MANAGER, "exportera xlsx", "2027-04-02T10:00:00Z"))[0];
  if (reply?.type !== "file") throw new Error("expected a workbook");
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(reply.file.content, "base64") as unknown as ArrayBuffer);
});
afterAll(async () => h.close());

/** A sheet's rows below the header as header → value. */
function rows(name: string): Record<string, unknown>[] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1)
      out.push(Object.fromEntries(header.map((k, i) => [k, (row.values as unknown[])[i + 1] ?? null])));
  });
  return out;
}

/** A cell's date and time as Excel shows it (exceljs reads a cell's serial number as UTC). */
const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 16) : value);

describe("the Excel export", () => {
  it("shows when a self-assessment came in the round's local time, and who by name", () => {
    const first = rows("Självskattningar").find((r) => r.Punkt === 1);
    expect(first).toMatchObject({ Kluster: "Klustret Kalmar", Av: "Lars Nyström", "E-post": LARS });
    expect(shown(first?.Inskickad)).toBe("2027-03-30T09:01");
    const shift = rows("Förändring")[0];
    expect(shown(shift?.Inskickad)).toBe("2027-03-30T09:01");
    const format = book.getWorksheet("Självskattningar")?.getColumn(8).numFmt;
    expect(format).toBe("yyyy-mm-dd hh:mm");
  });

  it("says of a late baseline when it was due, when it came and how many days after", () => {
    const baseline = rows("Sent").find(
      (r) => r.Organisation === "Karlskrona kommun" && r.Vad === "Självskattning",
    );
    expect(baseline).toMatchObject({
      Kluster: "Klustret Kalmar",
      Inför: "Benchmarkingmöte 1",
      Läge: "inlämnad efter sista dagen",
      "Dagar efter sista dagen": 1,
    });
    expect(shown(baseline?.["Sista dag"])).toBe("2027-03-29T00:00");
    expect(shown(baseline?.Inlämnad)).toBe("2027-03-30T09:01");
    expect(Object.keys(baseline ?? {})).not.toContain("Sent sedan");
  });
});
