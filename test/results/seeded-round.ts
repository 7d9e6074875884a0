// A round seeded with known scores on a 1–4 checklist: org-0-a submits all four rounds (and corrects
// one), org-0-b skips the round before meeting 2 and the last one, the mentor only scores the last.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AssessmentRoundId } from "../../src/domain/assessment.ts";
import { type Checklist, checklistSchema } from "../../src/domain/checklist.ts";
import type { Round } from "../../src/domain/round.ts";
import { Engine } from "../../src/engine/engine.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";
import { testRound } from "../fixtures/round-builder.ts";

export function fixtureChecklist(name: "test-1-4" | "test-13"): Checklist {
  const path = new URL(`../fixtures/checklists/${name}.json`, import.meta.url);
  return checklistSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

export const SCORES: Record<string, Partial<Record<AssessmentRoundId, number[]>>> = {
  "org-0-a": {
    baseline: [1, 1, 2, 2, 3, 1, 2, 2, 1, 1],
    "before-benchmarking-2": [2, 1, 2, 3, 3, 2, 2, 2, 1, 2],
    "before-benchmarking-3": [3, 2, 3, 3, 4, 2, 3, 3, 2, 2],
    "before-results-conference": [4, 4, 4, 4, 4, 4, 3, 3, 3, 3],
  },
  "org-0-b": {
    baseline: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
    "before-benchmarking-3": [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  },
  "mentor-0": { "before-results-conference": [4, 4, 4, 4, 4, 4, 4, 4, 4, 4] },
};

export interface Seeded {
  store: Store;
  /** The real engine on this store and checklist. */
  engine: Engine;
  round: Round;
  checklist: Checklist;
  /** The embedded store's directory, for the CLI's DATA_DIR. */
  dataDir: string;
  close(): Promise<void>;
}

export async function seededRound(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-results-"));
  const checklist = fixtureChecklist("test-1-4");
  const base = testRound({
    startUp: "2027-02-03",
    conference: "2027-12-09",
    clusters: [{ b1: "2027-04-05", b2: "2027-05-13", b3: "2027-11-08" }],
  });
  const round: Round = {
    ...base,
    checklist: checklist.id,
    organisations: base.organisations.map((o) =>
      o.id === "org-0-b" ? { ...o, name: 'Åsele–Överkalix; "test"' } : o,
    ),
  };
  const store = await openStore({ dataDir: dir });
  await store.saveRound(round);
  let n = 0;
  const submit = (organisationId: string, assessmentRound: AssessmentRoundId, scores: number[]) =>
    store.submitAssessment({
      roundId: round.id,
      organisationId,
      assessmentRound,
      answers: Object.fromEntries(checklist.points.map((p, i) => [p.id, { score: scores[i] ?? 1 }])),
      submittedBy: `key@${organisationId}.example`,
      submittedAt: new Date(Date.UTC(2027, 2, 1, 9, 0, n++)).toISOString(),
      idempotencyKey: `seed-${n}`,
    });
  // A first, corrected version: only the later one counts.
  await submit("org-0-a", "before-benchmarking-3", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  for (const [organisationId, rounds] of Object.entries(SCORES)) {
    for (const [assessmentRound, scores] of Object.entries(rounds)) {
      await submit(organisationId, assessmentRound as AssessmentRoundId, scores);
    }
  }
  return {
    store,
    engine: new Engine({ store, checklists: new Map([[checklist.id, checklist]]), newNonce: () => "n" }),
    round,
    checklist,
    dataDir: dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
