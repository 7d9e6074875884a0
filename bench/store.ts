// Store benchmark: (1) durable submission writes per second through the embedded store against a bare
// better-sqlite3 loop with the same durability; (2) what a `status` for a round of 100 clusters reads,
// against bare SELECTs of the same rows. Both sides run in the same process, on the same disk, in one run.
// Standalone: `npx tsx bench/store.ts`.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { ASSESSMENT_ROUNDS, type AssessmentSubmission } from "../src/domain/assessment.ts";
import { DATA_FILE_NAME, openEmbeddedStore } from "../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../src/store/port.ts";

export interface BenchResult {
  name: string;
  unit: string;
  /** Through the store. */
  store: number;
  /** The bare better-sqlite3 baseline. */
  bare: number;
  /** store / bare: for a rate, higher is better; for a latency, lower is better. */
  ratio: number;
}

const WRITE_BLOCKS = 40;
const BLOCK_SIZE = 75;
const ORGANISATIONS = 300;
const STATUS_READS = 200;
const READ_BLOCK = 20;
const ROUND = "bench-round";
// On the repository's disk (bench/out is ignored by git), not a tmpfs where fsync costs nothing.
const OUT = join(import.meta.dirname, "out", `store-${process.pid}`);

function benchSubmission(i: number, organisation = `org-${i % ORGANISATIONS}`): AssessmentSubmission {
  const answers: Record<string, { score: number; comment?: string }> = {};
  for (let p = 1; p <= 10; p++)
    answers[`p${p}`] = { score: 1 + ((i + p) % 3), comment: p === 1 ? "Beslut 2021" : undefined };
  return {
    roundId: ROUND,
    organisationId: organisation,
    assessmentRound: ASSESSMENT_ROUNDS[i % 4] ?? "baseline",
    answers,
    submittedBy: `nyckel@${organisation}.example`,
    submittedAt: new Date(Date.UTC(2027, 2, 1) + i * 1000).toISOString(),
    idempotencyKey: `bench-${i}`,
  };
}

/** A bare loop with the store's durability settings: one INSERT of the JSON document per transaction. */
function bareWriter(dir: string): { write(s: AssessmentSubmission): void; close(): void } {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, "bare.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(
    "CREATE TABLE submissions (seq INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)",
  );
  const insert = db.prepare("INSERT INTO submissions (idempotency_key, doc) VALUES (?, ?)");
  const write = db.transaction((s: AssessmentSubmission) => insert.run(s.idempotencyKey, JSON.stringify(s)));
  return { write: (s) => write.immediate(s), close: () => db.close() };
}

/** Alternates blocks of writes between the two, so that disk noise falls on both sides alike. */
async function writesPerSecond(dir: string): Promise<BenchResult> {
  const store = await openEmbeddedStore({ dataDir: join(dir, "store") });
  const bare = bareWriter(join(dir, "bare"));
  let storeMs = 0;
  let bareMs = 0;
  for (let block = 0; block < WRITE_BLOCKS; block++) {
    const first = block * BLOCK_SIZE;
    let started = performance.now();
    for (let i = first; i < first + BLOCK_SIZE; i++) bare.write(benchSubmission(i));
    bareMs += performance.now() - started;
    started = performance.now();
    for (let i = first; i < first + BLOCK_SIZE; i++) await store.submitAssessment(benchSubmission(i));
    storeMs += performance.now() - started;
  }
  await store.close();
  bare.close();
  const writes = WRITE_BLOCKS * BLOCK_SIZE;
  const viaStore = writes / (storeMs / 1000);
  const viaBare = writes / (bareMs / 1000);
  return {
    name: "durable submission writes",
    unit: "writes/s",
    store: viaStore,
    bare: viaBare,
    ratio: viaStore / viaBare,
  };
}

/** 100 clusters: 300 organisations × 4 assessment rounds (two versions each), PDSA updates, presentations. */
async function fillStatusRound(store: Store): Promise<void> {
  let i = 0;
  for (let o = 0; o < ORGANISATIONS; o++) {
    const organisationId = `org-${o}`;
    for (let version = 0; version < 8; version++)
      await store.submitAssessment(benchSubmission(i++, organisationId));
    for (const phase of ["plan", "do", "study"] as const) {
      await store.savePdsaUpdate({
        roundId: ROUND,
        organisationId,
        area: "Föreningsbidrag",
        points: ["p6", "p8"],
        cycle: 1,
        phase,
        aim: "Jämställd fördelning",
        submittedBy: `nyckel@${organisationId}.example`,
        submittedAt: "2027-04-01T09:00:00.000Z",
        idempotencyKey: `pdsa-${organisationId}-${phase}`,
      });
    }
    for (const meeting of ["benchmarking-1", "benchmarking-2", "benchmarking-3"] as const) {
      await store.markPresentation({
        roundId: ROUND,
        organisationId,
        meeting,
        link: `https://example.org/${organisationId}/${meeting}.pdf`,
        markedBy: `nyckel@${organisationId}.example`,
        markedAt: "2027-03-01T09:00:00.000Z",
        idempotencyKey: `mark-${organisationId}-${meeting}`,
      });
    }
  }
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Times two readers in alternating blocks, so that machine noise falls on both alike. */
async function timeAlternately(a: () => Promise<unknown>, b: () => unknown): Promise<[number[], number[]]> {
  for (let i = 0; i < 10; i++) await Promise.all([a(), b()]); // warm up
  const samples: [number[], number[]] = [[], []];
  for (let block = 0; block < STATUS_READS / READ_BLOCK; block++) {
    for (const [side, read] of [a, b].entries()) {
      for (let i = 0; i < READ_BLOCK; i++) {
        const started = performance.now();
        await read();
        samples[side]?.push(performance.now() - started);
      }
    }
  }
  return samples;
}

/** The same rows a status needs, straight from the file: latest assessments, all PDSA, latest marks. */
function bareStatusReader(file: string): () => unknown[] {
  const db = new Database(file, { readonly: true });
  const latest = (table: string) =>
    db.prepare(
      `SELECT doc, MAX(version) FROM ${table} WHERE round_id = ? GROUP BY organisation_id, group_key`,
    );
  const assessments = latest("assessments");
  const marks = latest("presentation_marks");
  const pdsa = db.prepare("SELECT doc FROM pdsa_updates WHERE round_id = ? ORDER BY submitted_at");
  // JSON.parse is included: the rows are JSON text and unusable without it.
  const docs = (rows: unknown[]) => rows.map((row) => JSON.parse((row as { doc: string }).doc) as unknown);
  return () => [...docs(assessments.all(ROUND)), ...docs(pdsa.all(ROUND)), ...docs(marks.all(ROUND))];
}

async function statusLatency(dir: string): Promise<BenchResult[]> {
  const store = await openEmbeddedStore({ dataDir: dir });
  await fillStatusRound(store);
  const rows = (await store.latestAssessments(ROUND)).length;
  if (rows !== ORGANISATIONS * 4)
    throw new Error(`expected ${ORGANISATIONS * 4} latest assessments, got ${rows}`);
  const [storeSamples, bareSamples] = await timeAlternately(
    () =>
      Promise.all([store.latestAssessments(ROUND), store.listPdsa(ROUND), store.listPresentations(ROUND)]),
    bareStatusReader(join(dir, DATA_FILE_NAME)),
  );
  const viaStore = percentiles(storeSamples);
  const viaBare = percentiles(bareSamples);
  await store.close();
  return [
    {
      name: "status read p50 (100 clusters)",
      unit: "ms",
      store: viaStore.p50,
      bare: viaBare.p50,
      ratio: viaStore.p50 / viaBare.p50,
    },
    {
      name: "status read p99 (100 clusters)",
      unit: "ms",
      store: viaStore.p99,
      bare: viaBare.p99,
      ratio: viaStore.p99 / viaBare.p99,
    },
  ];
}

export async function benchStore(): Promise<BenchResult[]> {
  rmSync(OUT, { recursive: true, force: true });
  try {
    return [await writesPerSecond(join(OUT, "writes")), ...(await statusLatency(join(OUT, "status")))];
  } finally {
    rmSync(OUT, { recursive: true, force: true });
  }
}

export function formatBenchTable(results: BenchResult[]): string {
  const rows = [["measure", "store", "bare better-sqlite3", "store / bare"]];
  for (const r of results) {
    const digits = r.unit === "ms" ? 2 : 0;
    rows.push([
      r.name,
      `${r.store.toFixed(digits)} ${r.unit}`,
      `${r.bare.toFixed(digits)} ${r.unit}`,
      r.ratio.toFixed(2),
    ]);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ")).join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const results = await benchStore();
  console.log(formatBenchTable(results));
  console.log(
    `(WAL, synchronous=FULL, one write per transaction; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
