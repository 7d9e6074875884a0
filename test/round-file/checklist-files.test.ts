import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scaleLabel } from "../../src/domain/checklist.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "../../src/round-file/checklist-files.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { FIXTURE_CHECKLISTS, SMALL_ROUND_PATH } from "./helpers.ts";

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-checklists-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const TEST_13 = readFileSync(join(FIXTURE_CHECKLISTS, "test-13.json"), "utf8");

describe("the bundled checklist", () => {
  it("is SKR's ten points scored 1 to 3, in Swedish and English", async () => {
    const { checklists, errors } = await loadChecklists([BUNDLED_CHECKLIST_DIR]);
    expect(errors).toEqual([]);
    const skr = checklists.get("skr-10");
    expect(skr?.points.map((p) => p.id)).toEqual([
      "p1",
      "p2",
      "p3",
      "p4",
      "p5",
      "p6",
      "p7",
      "p8",
      "p9",
      "p10",
    ]);
    expect(skr?.scale).toMatchObject({ min: 1, max: 3 });
    expect(skr?.points[0]?.title.sv).toMatch(/fullmäktige/i);
    expect(skr?.points[0]?.title.en).toMatch(/elected assembly/i);
    if (!skr) return;
    expect(scaleLabel(skr, 2, "sv")).toBe("Behöver utvecklas");
    expect(scaleLabel(skr, 3, "en")).toBe("In place, we do this");
  });
});

describe("checklist folders", () => {
  it("add new versions as files", async () => {
    const { checklists } = await loadChecklists([BUNDLED_CHECKLIST_DIR, FIXTURE_CHECKLISTS]);
    expect([...checklists.keys()].sort()).toEqual(["skr-10", "test-1-4", "test-13"]);
  });

  it("reject a file whose name is not its id, at the id's line", async () => {
    const dir = folderWith({ "other.json": TEST_13 });
    const { errors } = await loadChecklists([dir]);
    expect(errors).toEqual([
      {
        file: join(dir, "other.json"),
        line: 2,
        path: "id",
        message: expect.stringMatching(/rename the file/),
        sv: expect.stringMatching(/döp om filen/),
      },
    ]);
  });

  it("reject a scale with the wrong number of labels, at its line", async () => {
    const text = JSON.stringify({ ...JSON.parse(TEST_13), scale: { min: 1, max: 4, labels: [] } }, null, 2);
    const dir = folderWith({ "test-13.json": text });
    const { errors } = await loadChecklists([dir]);
    const labelsLine = text.split("\n").findIndex((l) => l.includes('"labels"')) + 1;
    expect(errors).toEqual([
      {
        file: join(dir, "test-13.json"),
        line: labelsLine,
        path: "scale.labels",
        message: "needs exactly one label per value from 1 to 4",
      },
    ]);
  });

  it("stop a round from loading while one of them is broken", async () => {
    const dir = folderWith({ "broken.json": "{ not json" });
    const result = await loadRoundFile(SMALL_ROUND_PATH, { checklistDirs: [dir] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.file).toBe(join(dir, "broken.json"));
  });

  it("report a folder that does not exist", async () => {
    const { errors } = await loadChecklists(["/nonexistent/checklists"]);
    expect(errors[0]).toMatchObject({ file: "/nonexistent/checklists", line: 0 });
  });
});
