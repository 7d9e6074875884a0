// Two processes submit the same idempotency keys at the same moment: each key is stored once.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";

const WRITER = join(import.meta.dirname, "race-writer.ts");
const KEYS = 50;
const root = mkdtempSync(join(tmpdir(), "modellbot-race-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Result {
  key: string;
  version: number;
  submittedBy: string;
  duplicate: boolean;
}

function startWriter(dataDir: string, writer: string) {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, dataDir, writer, String(KEYS)], {
    cwd: join(import.meta.dirname, "../.."),
  });
  let out = "";
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const ready = new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith("ready\n")) resolve();
    });
  });
  const done = new Promise<Result[]>((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`${writer} failed: ${err}`));
      const lines = out.split("\n").filter((line) => line.startsWith("{"));
      resolve(lines.map((line) => JSON.parse(line) as Result));
    });
  });
  return { child, ready, done };
}

function start(child: ChildProcessWithoutNullStreams, at: number) {
  child.stdin.end(`${at}\n`);
}

it("stores one version per key when two processes submit it at once", { timeout: 60_000 }, async () => {
  const dataDir = join(root, "data");
  await openEmbeddedStore({ dataDir }).then((s) => s.close());
  const a = startWriter(dataDir, "writer-a");
  const b = startWriter(dataDir, "writer-b");
  await Promise.all([a.ready, b.ready]);
  const at = Date.now() + 200;
  start(a.child, at);
  start(b.child, at);
  const [fromA, fromB] = await Promise.all([a.done, b.done]);

  const store = await openEmbeddedStore({ dataDir });
  const stored = await store.listAssessments("round-2027");
  await store.close();
  const winners = stored.map((v) => v.submittedBy);
  console.log(
    `concurrency test: ${KEYS} keys sent by 2 processes at once, ${stored.length} versions stored; ` +
      `writer-a won ${winners.filter((w) => w.startsWith("writer-a")).length}, ` +
      `writer-b won ${winners.filter((w) => w.startsWith("writer-b")).length}`,
  );
  expect(fromA).toHaveLength(KEYS);
  expect(fromB).toHaveLength(KEYS);
  expect(stored.map((v) => v.idempotencyKey).sort()).toEqual(
    Array.from({ length: KEYS }, (_, i) => `race-${i}`).sort(),
  );
  expect(stored.map((v) => v.version).sort((x, y) => x - y)).toEqual(
    Array.from({ length: KEYS }, (_, i) => i + 1),
  );
  fromA.forEach((resultA, i) => {
    const resultB = fromB[i];
    // Both callers get the same stored version back; exactly one of them wrote it.
    expect([resultA.key, resultA.version, resultA.submittedBy]).toEqual([
      resultB?.key,
      resultB?.version,
      resultB?.submittedBy,
    ]);
    expect([resultA.duplicate, resultB?.duplicate].filter((d) => d === false)).toHaveLength(1);
  });
});
