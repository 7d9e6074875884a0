// What the embedded store keeps between reads (a round's activity, a channel's binding) is never stale: a
// write through this store is seen at once, a commit through another connection or another process on the
// next read, and both together.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Binding, Store } from "../../src/store/port.ts";
import { pdsaUpdate, sampleRound, statistics, submission } from "./sample-data.ts";

const ROUND = "round-2027";
const WRITER = join(import.meta.dirname, "race-writer.ts");

let dir: string | undefined;
const open: Store[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Two stores on one data file: two connections, as two processes would have. */
async function twoStores(): Promise<[Store, Store]> {
  dir = mkdtempSync(join(tmpdir(), "modellbot-kept-"));
  const a = await openEmbeddedStore({ dataDir: dir });
  const b = await openEmbeddedStore({ dataDir: dir });
  open.push(a, b);
  return [a, b];
}

const binding: Binding = {
  platform: "slack",
  workspace: "T0001",
  channel: "C0001",
  roundId: ROUND,
  organisationId: "grums",
  boundAt: "2027-02-01T10:00:00.000Z",
};

const scores = async (store: Store) =>
  (await store.roundActivity(ROUND)).assessments.map((a) => [a.organisationId, a.answers.p1?.score]);

describe("a round's activity, kept between reads", () => {
  it("is the same object while nothing changes, and cannot be changed by a reader", async () => {
    const [a] = await twoStores();
    await a.submitAssessment(submission("k1"));
    const first = await a.roundActivity(ROUND);
    expect(await a.roundActivity(ROUND)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.assessments)).toBe(true);
    expect(() => (first.assessments as unknown[]).push({})).toThrow(TypeError);
  });

  it("shows this store's write at once", async () => {
    const [a] = await twoStores();
    await a.submitAssessment(submission("k1"));
    const before = await a.roundActivity(ROUND);
    await a.submitAssessment(submission("k2", { answers: { p1: { score: 4 } } }));
    const after = await a.roundActivity(ROUND);
    expect(after).not.toBe(before);
    expect(await scores(a)).toEqual([["grums", 4]]);
  });

  it("shows another connection's commit on the next read", async () => {
    const [a, b] = await twoStores();
    expect(await scores(a)).toEqual([]);
    await b.submitAssessment(submission("k1"));
    expect(await scores(a)).toEqual([["grums", 2]]);
    await b.savePdsaUpdate(pdsaUpdate("p1"));
    await b.saveStatistics(statistics("s1"));
    await b.setStepOverride({
      roundId: ROUND,
      clusterId: "c1",
      step: 4,
      setBy: "pl@skr.se",
      setAt: "2027-04-01",
    });
    const activity = await a.roundActivity(ROUND);
    expect([activity.pdsa.length, activity.statistics.length, activity.overrides[0]?.step]).toEqual([
      1, 1, 4,
    ]);
  });

  it("shows both when this store and another connection write between two reads", async () => {
    const [a, b] = await twoStores();
    await a.submitAssessment(submission("k1"));
    expect(await scores(a)).toEqual([["grums", 2]]);
    await b.submitAssessment(submission("k2", { organisationId: "kalmar", answers: { p1: { score: 3 } } }));
    await a.submitAssessment(submission("k3", { answers: { p1: { score: 4 } } }));
    expect(await scores(a)).toEqual([
      ["grums", 4],
      ["kalmar", 3],
    ]);
    expect(await scores(b)).toEqual(await scores(a));
  });

  it("shows another process's commit on the next read", { timeout: 30_000 }, async () => {
    const [a] = await twoStores();
    expect(await scores(a)).toEqual([]);
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, dir ?? "", "writer-child", "1"], {
      cwd: join(import.meta.dirname, "../.."),
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out === "ready\n") child.stdin.end(`${Date.now()}\n`);
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect((await a.roundActivity(ROUND)).assessments.map((v) => v.submittedBy)).toEqual([
      "writer-child@example.se",
    ]);
  });
});

describe("a channel's binding, kept between reads", () => {
  const find = (store: Store) => store.findBinding("slack", "T0001", "C0001");

  it("shows this store's binding, rebinding and breakage at once", async () => {
    const [a] = await twoStores();
    expect(await find(a)).toBeUndefined();
    await a.saveBinding(binding);
    expect((await find(a))?.organisationId).toBe("grums");
    await a.saveBinding({ ...binding, organisationId: "kalmar" });
    expect((await find(a))?.organisationId).toBe("kalmar");
    await a.markBindingBroken("slack", "T0001", "C0001", "channel_not_found", "2027-05-01T09:00:00.000Z");
    expect((await find(a))?.broken?.reason).toBe("channel_not_found");
  });

  it("shows another connection's binding on the next read", async () => {
    const [a, b] = await twoStores();
    expect(await find(a)).toBeUndefined();
    await b.saveBinding(binding);
    expect((await find(a))?.organisationId).toBe("grums");
    await b.markBindingBroken("slack", "T0001", "C0001", "channel_not_found", "2027-05-01T09:00:00.000Z");
    expect((await find(a))?.broken).toBeDefined();
  });

  it("keeps channels with the same characters apart", async () => {
    const [a] = await twoStores();
    await a.saveBinding({ ...binding, workspace: "T0", channel: "01:C0001" });
    expect(await a.findBinding("slack", "T0:01", "C0001")).toBeUndefined();
    expect((await a.findBinding("slack", "T0", "01:C0001"))?.organisationId).toBe("grums");
  });
});

describe("the rounds, kept between reads", () => {
  it("show a round saved here or through another connection on the next read", async () => {
    const [a, b] = await twoStores();
    expect(await a.listRounds()).toEqual([]);
    await a.saveRound(sampleRound());
    expect((await a.getRound(ROUND))?.resultsConference).toBe("2028-01-25");
    await b.saveRound({ ...sampleRound(), resultsConference: "2028-02-01" });
    expect((await a.getRound(ROUND))?.resultsConference).toBe("2028-02-01");
    await b.saveRound(sampleRound("round-2028"));
    expect((await a.listRounds()).map((r) => r.id)).toEqual([ROUND, "round-2028"]);
  });

  it("hand each caller a list of its own", async () => {
    const [a] = await twoStores();
    await a.saveRound(sampleRound());
    const list = await a.listRounds();
    list.pop();
    expect(await a.listRounds()).toHaveLength(1);
  });
});
