// Every number in the CSV, JSON and Markdown exports against a round seeded with known scores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRoundState } from "../../src/engine/round-state.ts";
import { parseCsv, toCsv } from "../../src/export/csv.ts";
import { toJson } from "../../src/export/json.ts";
import { toMarkdown } from "../../src/export/markdown.ts";
import { buildRoundExport, type RoundExport } from "../../src/export/round-export.ts";
import { SCORES, type Seeded, seededRound } from "./seeded-round.ts";

let seeded: Seeded;
let data: RoundExport;
beforeAll(async () => {
  seeded = await seededRound();
  data = buildRoundExport(await loadRoundState(seeded.store, seeded.round), seeded.checklist);
});
afterAll(async () => seeded.close());

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("CSV export", () => {
  it("opens in Excel: UTF-8 byte-order mark, semicolons, Swedish characters and quotes kept", () => {
    const csv = toCsv(data);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toContain("round;cluster;organisation;");
    expect(csv).toContain('"Åsele–Överkalix; ""test"""');
  });

  for (const separator of [";", ","] as const) {
    it(`round-trips every score, total, shift and readiness (separator ${separator})`, () => {
      const rows = parseCsv(toCsv(data, separator), separator);
      const expected = Object.entries(SCORES).flatMap(([org, rounds]) =>
        Object.entries(rounds).map(([round, scores]) => ({ org, round, scores })),
      );
      expect(rows).toHaveLength(expected.length);
      for (const { org, round, scores } of expected) {
        const row = rows.find((r) => r.organisation === org && r.assessment_round === round);
        expect(row, `${org} ${round}`).toBeDefined();
        expect(seeded.checklist.points.map((p) => Number(row?.[p.id]))).toEqual(scores);
        expect(Number(row?.total)).toBe(sum(scores));
      }
      const a = rows.filter((r) => r.organisation === "org-0-a");
      expect(a.map((r) => r.shift)).toEqual(["", "4", "7", "9"]);
      expect(a.map((r) => r.ready)).toEqual(["no", "no", "no", "yes"]);
      const b = rows.filter((r) => r.organisation === "org-0-b");
      expect(b.map((r) => r.shift)).toEqual(["", "10"]);
      expect(b.find((r) => r.assessment_round === "before-benchmarking-3")?.organisation_name).toBe(
        'Åsele–Överkalix; "test"',
      );
    });
  }

  it("keeps the latest version of a corrected round", () => {
    const row = parseCsv(toCsv(data)).find(
      (r) => r.organisation === "org-0-a" && r.assessment_round === "before-benchmarking-3",
    );
    expect(row?.version).toBe("2");
    expect(row?.total).toBe("27");
  });
});

describe("JSON export", () => {
  it("has every organisation with its totals, shifts and readiness", () => {
    const json = JSON.parse(toJson(data));
    const byId = Object.fromEntries(json.organisations.map((o: { id: string }) => [o.id, o]));
    expect(Object.keys(byId).sort()).toEqual(["mentor-0", "org-0-a", "org-0-b"]);
    expect(byId["org-0-a"].assessments.map((a: { total: number }) => a.total)).toEqual([16, 20, 27, 36]);
    expect(byId["org-0-b"].assessments.map((a: { shift: number | null }) => a.shift)).toEqual([null, 10]);
    expect(byId["org-0-a"].ready).toBe(true);
    expect(byId["org-0-b"].ready).toBe(false);
    expect(byId["mentor-0"].ready).toBe(true);
    expect(json.checklist.scale.max).toBe(4);
  });
});

describe("Markdown report", () => {
  it("drafts each organisation's method, shift table and readiness", () => {
    const md = toMarkdown(data, "sv");
    const section = md.split("\n---\n").find((s) => s.includes("org-0-a kommun")) ?? "";
    expect(section).toContain("4 omgångar");
    const firstPoint = seeded.checklist.points[0]?.title.sv ?? "";
    expect(section).toContain(`| 1. ${firstPoint} | 1 | 2 | 3 | 4 | +3 |`);
    expect(section).toContain("| **Summa** | **16** | **20** | **27** | **36** | **+20** |");
    expect(section).toContain("Redo att bli modellorganisation: ja.");
    const skipped = md.split("\n---\n").find((s) => s.includes("Åsele")) ?? "";
    expect(skipped).toContain("| **Summa** | **20** | **30** | **+10** |");
  });

  it("is written in English on request", () => {
    expect(toMarkdown(data, "en")).toContain("Ready to be a model organisation: yes.");
  });
});

describe("late submissions in the exports", () => {
  it("marks a round submitted after its deadline as late in CSV, JSON and Markdown, and keeps it", async () => {
    const own = await seededRound();
    try {
      // org-0-b's round before meeting 2 (13 May, deadline 6 May) comes on 10 May.
      await own.store.submitAssessment({
        roundId: own.round.id,
        organisationId: "org-0-b",
        assessmentRound: "before-benchmarking-2",
        answers: Object.fromEntries(own.checklist.points.map((p) => [p.id, { score: 3 }])),
        submittedBy: "key@org-0-b.example",
        submittedAt: "2027-05-10T08:00:00.000Z",
        idempotencyKey: "late-one",
      });
      await own.store.markPresentation({
        roundId: own.round.id,
        organisationId: "org-0-b",
        meeting: "start-up",
        link: "https://example.org/about",
        markedBy: "key@org-0-b.example",
        markedAt: "2027-01-28T08:00:00.000Z",
        idempotencyKey: "late-description",
      });
      const late = buildRoundExport(await loadRoundState(own.store, own.round), own.checklist);
      const rows = parseCsv(toCsv(late));
      const b = rows.filter((r) => r.organisation === "org-0-b");
      expect(b.map((r) => `${r.assessment_round} ${r.late}`)).toEqual([
        "baseline no",
        "before-benchmarking-2 yes",
        "before-benchmarking-3 no",
      ]);
      const json = JSON.parse(toJson(late)) as RoundExport;
      const org = json.organisations.find((o) => o.id === "org-0-b");
      expect(org?.assessments.map((a) => a.late)).toEqual([false, true, false]);
      expect(org?.presentations).toEqual([expect.objectContaining({ meeting: "start-up", late: true })]);
      expect(toMarkdown(late, "en")).toContain("submitted 2027-05-10, after the deadline");
    } finally {
      await own.close();
    }
  });
});
