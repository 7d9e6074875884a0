// `status` in-process through the engine (the mentor's cluster card, the project manager's overview of
// every cluster) against a bare better-sqlite3 read of the same rows, timed in alternating blocks.

import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { OVERVIEW_ROWS_SHOWN } from "../cards/status.ts";
import type { Checklist } from "../src/domain/checklist.ts";
import { Engine } from "../src/engine/engine.ts";
import type { InboundEvent, Reply } from "../src/engine/events.ts";
import { DATA_FILE_NAME, openEmbeddedStore } from "../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../src/store/port.ts";
import { judge, type Measure, percentile, withRatio } from "./measure.ts";
import { OUT_DIR } from "./spawn-server.ts";
import {
  channelOf,
  fillRound,
  keyPerson,
  PM_CHANNEL,
  PROJECT_MANAGER,
  STATUS_NOW,
  statusRound,
  WORKSPACE,
} from "./status-round.ts";

/** How many statuses: warm-up, then blocks of engine statuses and bare reads, alternating. */
export interface Timing {
  warmUp: number;
  blocks: number;
  perBlock: number;
  barePerBlock: number;
}

const TIMING: Timing = { warmUp: 30, blocks: 15, perBlock: 20, barePerBlock: 20 };
const P99_LIMIT_MS = 50;

export interface StatusCase {
  name: string;
  /** One `status` through the engine; throws unless the reply is the card this asker should get. */
  viaEngine(i: number): Promise<void>;
  bare(): unknown;
  /** The p99 limit in ms, if the case has a target. */
  limitMs?: number | undefined;
}

export interface Fixture {
  store: Store;
  db: Database.Database;
  engine: Engine;
  dir: string;
  roundId: string;
}

export async function fixture(name: string, clusters: number, checklist: Checklist): Promise<Fixture> {
  const dir = join(OUT_DIR, `status-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const store = await openEmbeddedStore({ dataDir: dir });
  const round = statusRound(`bench-${name}`, clusters, checklist.id);
  await fillRound(store, round, checklist);
  const engine = new Engine({
    store,
    checklists: new Map([[checklist.id, checklist]]),
    newNonce: randomUUID,
  });
  const db = new Database(join(dir, DATA_FILE_NAME), { readonly: true });
  return { store, db, engine, dir, roundId: round.id };
}

/** A fixture on a data directory already filled (the national round, imported from its file). */
export async function fixtureOn(dir: string, roundId: string, checklist: Checklist): Promise<Fixture> {
  const store = await openEmbeddedStore({ dataDir: dir });
  const engine = new Engine({
    store,
    checklists: new Map([[checklist.id, checklist]]),
    newNonce: randomUUID,
  });
  const db = new Database(join(dir, DATA_FILE_NAME), { readonly: true });
  return { store, db, engine, dir, roundId };
}

/** The rows a status reads, straight from the file, parsed: rounds, binding, latest versions, PDSA, overrides. */
function bareReader(f: Fixture, channel: string): () => unknown[] {
  const { db } = f;
  const latest = (table: string) =>
    db.prepare(
      `SELECT doc, MAX(version) FROM ${table} WHERE round_id = ? GROUP BY organisation_id, group_key`,
    );
  const rounds = db.prepare("SELECT doc FROM rounds ORDER BY id");
  const binding = db.prepare("SELECT doc FROM bindings WHERE platform = ? AND workspace = ? AND channel = ?");
  const assessments = latest("assessments");
  const marks = latest("presentation_marks");
  const statistics = latest("statistics_reports");
  const pdsa = db.prepare("SELECT doc FROM pdsa_updates WHERE round_id = ? ORDER BY submitted_at");
  const overrides = db.prepare(
    "SELECT doc, MAX(seq) FROM step_overrides WHERE round_id = ? GROUP BY cluster_id",
  );
  const docs = (rows: unknown[]) => rows.map((row) => JSON.parse((row as { doc: string }).doc) as unknown);
  return () => [
    ...docs(rounds.all()),
    binding.get("slack", WORKSPACE, channel),
    ...[assessments, pdsa, marks, statistics, overrides].flatMap((q) => docs(q.all(f.roundId))),
  ];
}

function command(channel: string, email: string, i: number): InboundEvent {
  return {
    type: "command",
    text: "status",
    platform: "slack",
    workspace: WORKSPACE,
    channel,
    // Seven user ids per address, and never one id for two addresses: the bot remembers whose an id is.
    user: {
      id: `U0B${i % 7}${email
        .replace(/[^a-z0-9]/gi, "")
        .toUpperCase()
        .slice(0, 16)}`,
      email,
    },
    eventId: `bench-status-${i}`,
  };
}

function expectCard(replies: Reply[], kind: string, mustShow: string): void {
  const reply = replies[0];
  if (replies.length !== 1 || reply?.type !== "message" || reply.card.kind !== kind)
    throw new Error(`expected one ${kind} card, got ${JSON.stringify(replies).slice(0, 200)}`);
  if (!JSON.stringify(reply.card).includes(mustShow))
    throw new Error(`the ${kind} card does not show ${mustShow}`);
}

export function mentorCase(
  name: string,
  f: Fixture,
  target: boolean,
  limitMs = P99_LIMIT_MS,
  mustShow = "org-0-c kommun",
): StatusCase {
  const mentor = "mentor-0";
  const channel = channelOf(mentor);
  return {
    name,
    limitMs: target ? limitMs : undefined,
    async viaEngine(i) {
      expectCard(
        await f.engine.handle(command(channel, keyPerson(mentor), i), STATUS_NOW),
        "status",
        mustShow,
      );
    },
    bare: bareReader(f, channel),
  };
}

export function overviewCase(name: string, f: Fixture, clusters: number, limitMs = P99_LIMIT_MS): StatusCase {
  return {
    name,
    limitMs,
    async viaEngine(i) {
      const replies = await f.engine.handle(command(PM_CHANNEL, PROJECT_MANAGER, i), STATUS_NOW);
      // The card lists the first OVERVIEW_ROWS_SHOWN clusters and counts the rest (Teams' 28 KB).
      expectCard(replies, "round-overview", `Kluster ${Math.min(clusters, OVERVIEW_ROWS_SHOWN) - 1}`);
    },
    bare: bareReader(f, PM_CHANNEL),
  };
}

/** Alternating blocks of the engine and the bare reader, so that noise falls on both alike. */
async function timeCase(
  c: StatusCase,
  timing: Timing = TIMING,
): Promise<{ engine: number[]; bare: number[]; failures: string[] }> {
  const { warmUp, blocks, perBlock, barePerBlock } = timing;
  const failures: string[] = [];
  const engine: number[] = [];
  const bare: number[] = [];
  const viaEngine = async (i: number) => {
    const started = performance.now();
    try {
      await c.viaEngine(i);
      return performance.now() - started;
    } catch (error) {
      failures.push(`${c.name}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  for (let i = 0; i < warmUp; i++) await Promise.all([viaEngine(i), i < barePerBlock && c.bare()]);
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < perBlock; i++) {
      const ms = await viaEngine(warmUp + b * perBlock + i);
      if (ms !== undefined) engine.push(ms);
    }
    for (let i = 0; i < barePerBlock; i++) {
      const started = performance.now();
      c.bare();
      bare.push(performance.now() - started);
    }
  }
  return { engine, bare, failures };
}

function measures(c: StatusCase, t: Awaited<ReturnType<typeof timeCase>>, section = "status"): Measure[] {
  const base = { section, unit: "ms", failures: t.failures.length > 0 ? t.failures : undefined };
  return [
    withRatio({
      ...base,
      name: `${c.name}: p50`,
      value: percentile(t.engine, 0.5),
      bare: percentile(t.bare, 0.5),
    }),
    withRatio({
      ...base,
      name: `${c.name}: p99`,
      value: percentile(t.engine, 0.99),
      bare: percentile(t.bare, 0.99),
      target: c.limitMs ? { text: `< ${c.limitMs} ms`, of: "value", below: c.limitMs } : undefined,
      note: `${t.engine.length} statuses through the engine, ${t.bare.length} bare reads`,
    }),
  ].map(judge);
}

/** Times each case (engine against bare reads) into rows of `section`. */
export async function benchStatusCases(
  cases: StatusCase[],
  section: string,
  timing: Timing,
): Promise<Measure[]> {
  const all: Measure[] = [];
  for (const c of cases) all.push(...measures(c, await timeCase(c, timing), section));
  return all;
}

export interface StatusBench {
  measures: Measure[];
  cases: StatusCase[];
  close(): Promise<void>;
}

export async function benchStatus(checklist: Checklist): Promise<StatusBench> {
  const small = await fixture("one-cluster", 1, checklist);
  const large = await fixture("100-clusters", 100, checklist);
  const size = "100 clusters (300 organisations + 100 mentors, 4 assessment rounds each)";
  const cases = [
    mentorCase("one cluster (3 organisations + mentor): mentor", small, false),
    mentorCase(`${size}: mentor`, large, true),
    overviewCase(`${size}: project manager overview`, large, 100),
  ];
  const all: Measure[] = [];
  for (const c of cases) all.push(...measures(c, await timeCase(c)));
  return {
    measures: all,
    cases,
    async close() {
      for (const f of [small, large]) {
        f.db.close();
        await f.store.close();
        rmSync(f.dir, { recursive: true, force: true });
      }
    },
  };
}
