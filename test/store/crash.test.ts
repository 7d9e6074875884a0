// Kills a writing process with SIGKILL at random moments: nothing acknowledged may be lost or stored twice.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { DATA_FILE_NAME, openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";

const WRITER = join(import.meta.dirname, "crash-writer.ts");
const KILLS = 20;
const root = mkdtempSync(join(tmpdir(), "modellbot-crash-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Ack {
  key: string;
  version: number;
  duplicate: boolean;
}

/** A small seeded generator, so that a failing run can be repeated with CRASH_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Runs the writer until SIGKILL; `early` kills it before it is ready (during start-up or migration). */
function runUntilKilled(dataDir: string, run: number, retries: string[], delayMs: number, early: boolean) {
  return new Promise<Ack[]>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", WRITER, dataDir, String(run), retries.join(",")],
      {
        cwd: join(import.meta.dirname, "../.."),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    const kill = () => setTimeout(() => child.kill("SIGKILL"), delayMs);
    if (early) kill();
    child.stdout.on("data", (chunk: Buffer) => {
      if (!early && out === "" && chunk.toString().startsWith("ready")) kill();
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") return reject(new Error(`writer exited by itself: ${err}`));
      const complete = out.slice(0, out.lastIndexOf("\n") + 1).split("\n");
      const acks = complete.filter((line) => line.startsWith("ack ")).map(parseAck);
      resolve(acks);
    });
  });
}

function parseAck(line: string): Ack {
  const [, key = "", version = "", duplicate = ""] = line.split(" ");
  return { key, version: Number(version), duplicate: duplicate === "true" };
}

it("keeps every acknowledged submission exactly once through 20 SIGKILLs", { timeout: 180_000 }, async () => {
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
  const next = random(seed);
  const dataDir = join(root, "data");
  const acks: Ack[] = [];
  for (let run = 0; run < KILLS; run++) {
    // Re-send the last few acknowledged keys and the one that may have been in flight, like a platform retry.
    const mine = acks.filter((a) => a.key.startsWith(`r${run - 1}-`));
    const last = mine.at(-1);
    const inFlight = last ? `r${run - 1}-${Number(last.key.split("-")[1]) + 1}` : `r${run - 1}-0`;
    const retries = run === 0 ? [] : [...acks.slice(-4).map((a) => a.key), inFlight];
    const early = run % 7 === 3;
    acks.push(
      ...(await runUntilKilled(dataDir, run, retries, Math.floor(next() * (early ? 400 : 250)), early)),
    );
  }

  const store = await openEmbeddedStore({ dataDir });
  const stored = await store.listAssessments("round-2027");
  await store.close();
  const db = new Database(join(dataDir, DATA_FILE_NAME), { readonly: true });
  const integrity = db.pragma("integrity_check", { simple: true });
  db.close();

  const storedPerKey = new Map<string, number>();
  for (const v of stored) storedPerKey.set(v.idempotencyKey, (storedPerKey.get(v.idempotencyKey) ?? 0) + 1);
  const acknowledged = new Set(acks.map((a) => a.key));
  const firstVersion = new Map<string, number>();
  for (const a of acks) if (!firstVersion.has(a.key)) firstVersion.set(a.key, a.version);
  const group = (v: (typeof stored)[number]) => `${v.organisationId}/${v.assessmentRound}/${v.version}`;

  console.log(
    `crash test (seed ${seed}): ${KILLS} SIGKILLs, ${acks.length} acknowledged writes ` +
      `(${acknowledged.size} distinct keys, ${acks.filter((a) => a.duplicate).length} answered as retries), ` +
      `${stored.length} versions stored, ${stored.length - acknowledged.size} stored but never acknowledged, ` +
      `integrity_check: ${integrity}`,
  );
  expect(acknowledged.size).toBeGreaterThan(KILLS);
  expect([...acknowledged].filter((key) => storedPerKey.get(key) !== 1)).toEqual([]);
  expect([...storedPerKey.values()].filter((count) => count > 1)).toEqual([]);
  expect(new Set(stored.map(group)).size).toBe(stored.length);
  expect(acks.filter((a) => a.version !== firstVersion.get(a.key))).toEqual([]);
  expect(integrity).toBe("ok");
});
