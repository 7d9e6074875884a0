// `status` reads a round's activity that the store keeps between requests, and figures the engine keeps
// built from it: neither may show a stale cluster after a write here, or after another connection's commit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { strings } from "../../cards/strings.ts";
import type { AssessmentSubmission } from "../../src/domain/assessment.ts";
import { Engine } from "../../src/engine/engine.ts";
import type { Reply } from "../../src/engine/events.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/port.ts";
import { EXAMPLE } from "./harness.ts";

const MENTOR = "anna.lind@kalmar.example";
const AT = new Date("2027-03-11T09:00:00Z"); // Kalmar's cluster, step 2: the baseline is open
const t = strings("sv");

let dir: string;
let store: Store;
let other: Store;
let engine: Engine;
let roundId: string;
let points: string[];
let scale: { min: number; max: number };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-status-fresh-"));
  const loaded = await loadRoundFile(EXAMPLE);
  if (!loaded.ok) throw new Error("example round invalid");
  store = await openStore({ dataDir: dir });
  await store.saveRound(loaded.round);
  // A second connection to the same file: what another process sharing it writes through.
  other = await openEmbeddedStore({ dataDir: dir });
  engine = new Engine({
    store,
    checklists: new Map([[loaded.checklist.id, loaded.checklist]]),
    newNonce: () => "nonce",
  });
  roundId = loaded.round.id;
  points = loaded.checklist.points.map((p) => p.id);
  scale = loaded.checklist.scale;
});

afterEach(async () => {
  await other.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The mentor asks for the status in Kalmar's channel. */
function mentorStatus(): Promise<Reply[]> {
  return engine.handle(
    {
      type: "command",
      text: "status",
      platform: "playground",
      workspace: "playground",
      channel: "kalmar",
      user: { id: MENTOR, email: MENTOR },
      eventId: `e-${Math.random()}`,
    },
    AT,
  );
}

/** The mentor's status table: organisation → [assessment, total, ready]. */
async function statusRows(): Promise<Record<string, string[]>> {
  const replies: Reply[] = await mentorStatus();
  const reply = replies[0];
  if (reply?.type !== "message") throw new Error(`no status card: ${JSON.stringify(replies)}`);
  const table = reply.card.blocks.find((b) => b.type === "table");
  if (table?.type !== "table") throw new Error("no table");
  return Object.fromEntries(
    table.rows.map((row) => [row[0] ?? "", [row[1] ?? "", row[2] ?? "", row[5] ?? ""]]),
  );
}

function baseline(organisationId: string, key: string, score: number): AssessmentSubmission {
  return {
    roundId,
    organisationId,
    assessmentRound: "baseline",
    answers: Object.fromEntries(points.map((p) => [p, { score }])),
    submittedBy: `key@${organisationId}.example`,
    submittedAt: "2027-03-10T09:00:00.000Z",
    idempotencyKey: key,
  };
}

const max = () => points.length * scale.max;

it("shows a write made here on the very next status", async () => {
  expect((await statusRows())["Karlskrona kommun"]).toEqual([t.missing, t.none, t.no]);
  await store.submitAssessment(baseline("karlskrona", "k1", 2));
  expect((await statusRows())["Karlskrona kommun"]).toEqual([t.done, `${2 * points.length}/${max()}`, t.no]);
  await store.submitAssessment(baseline("karlskrona", "k2", 3));
  expect((await statusRows())["Karlskrona kommun"]?.[1]).toBe(`${3 * points.length}/${max()}`);
});

it("shows another connection's commit on the very next status, together with this one's", async () => {
  const before = await statusRows();
  expect(before["Vaxholms stad"]?.[0]).toBe(t.missing);
  await other.submitAssessment(baseline("vaxholm", "v1", scale.max));
  expect((await statusRows())["Vaxholms stad"]).toEqual([t.done, `${max()}/${max()}`, t.yes]);
  await other.submitAssessment(baseline("vaxholm", "v2", 1));
  await store.submitAssessment(baseline("karlskrona", "k1", 2));
  const after = await statusRows();
  expect(after["Vaxholms stad"]).toEqual([t.done, `${points.length}/${max()}`, t.no]);
  expect(after["Karlskrona kommun"]?.[0]).toBe(t.done);
});

it("shows a step set through another connection on the very next status", async () => {
  const step = async () => {
    const replies = await mentorStatus();
    const card = replies[0]?.type === "message" ? replies[0].card : undefined;
    return card?.blocks.find((b) => b.type === "progress");
  };
  expect(await step()).toMatchObject({ value: 2 });
  await other.setStepOverride({
    roundId,
    clusterId: "kalmar",
    step: 3,
    setBy: "sara.holm@skr.example",
    setAt: "2027-03-11T08:00:00.000Z",
  });
  expect(await step()).toMatchObject({ value: 3 });
});
