// A scheduler process is SIGKILLed during a fan-out of 1,000 messages at about 30% and again at about
// 70%, then restarted to the end: every message arrives exactly once.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { Round } from "../../src/domain/round.ts";
import { DEFAULT_LEASE_MS } from "../../src/scheduler/reminder-service.ts";
import { sameDayClusters, testRound } from "../fixtures/round-builder.ts";
import { type FakeChatApi, startFakeChatApi } from "./fake-chat-api.ts";
import { tempStore } from "./fakes.ts";

const CHILD = join(import.meta.dirname, "crash-child.ts");
const CLUSTERS = 200;
const DEADLINE_DAY = "2027-04-07T09:00:00+02:00";

/** 200 clusters meeting the same day: on the deadline 3 reminders, a summary and an invitation each. */
function bigRound(): Round {
  const clusters = sameDayClusters(CLUSTERS);
  const round = testRound({ startUp: "2027-02-03", conference: "2027-12-08", clusters });
  return {
    ...round,
    organisations: round.organisations.map((o) => ({
      ...o,
      home: { platform: "slack", workspace: "T0CRASH01", channel: `C${o.id}` },
    })),
  };
}

function expectedKeys(round: Round): string[] {
  return round.clusters.flatMap((c) => [
    ...[c.mentor, ...c.organisations].map((o) => `${round.id}/${o}/benchmarking-1/deadline-today`),
    `${round.id}/cluster:${c.id}/benchmarking-1/cluster-summary`,
    `${round.id}/${c.mentor}/benchmarking-1/host-invitation`,
  ]);
}

function run(dataDir: string, api: FakeChatApi, now: string, id: string, killAt?: number) {
  return new Promise<{ killed: boolean; postsAtKill?: number; out: string }>((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, dataDir, api.url, now, id],
      {
        cwd: join(import.meta.dirname, "../.."),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let postsAtKill: number | undefined;
    if (killAt !== undefined) {
      api.onPost((count) => {
        if (postsAtKill === undefined && count >= killAt) {
          postsAtKill = count;
          child.kill("SIGKILL");
        }
      });
    }
    child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ killed: signal === "SIGKILL", postsAtKill, out }));
  });
}

const temp = await tempStore();
const api = await startFakeChatApi(5);
afterAll(async () => {
  await api.close();
  await temp.close();
});

it("delivers every message exactly once across two SIGKILLs", async () => {
  const round = bigRound();
  await temp.store.saveRound(round);
  const expected = expectedKeys(round);
  expect(expected).toHaveLength(1000);
  const at = (leases: number) =>
    new Date(Date.parse(DEADLINE_DAY) + leases * (DEFAULT_LEASE_MS + 60_000)).toISOString();

  const first = await run(temp.dataDir, api, at(0), "first", 300);
  const second = await run(temp.dataDir, api, at(1), "second", 700);
  const third = await run(temp.dataDir, api, at(2), "third");
  console.log(
    `crash: killed at ${first.postsAtKill} and ${second.postsAtKill} posts; the last run said ${third.out.trim()}`,
  );
  expect([first.killed, second.killed, third.killed]).toEqual([true, true, false]);

  const keys = api.posts.map((p) => p.key);
  const unique = new Set(keys);
  const duplicates = keys.length - unique.size;
  const missing = expected.filter((k) => !unique.has(k)).length;
  console.log(`crash: ${keys.length} posts, duplicates ${duplicates}, missing ${missing}`);
  expect({ duplicates, missing }).toEqual({ duplicates: 0, missing: 0 });
  expect([...unique].sort()).toEqual([...expected].sort());
  const outbox = await temp.store.listOutbox({ roundId: round.id });
  expect(outbox.filter((e) => e.state !== "sent").map((e) => `${e.key} ${e.state}`)).toEqual([]);
  // The post that triggered the second kill had arrived unanswered: the last run found it, did not resend.
  const recovered = (r: { out: string }) => Number(/"recovered":(\d+)/.exec(r.out)?.[1] ?? 0);
  expect(recovered(third)).toBeGreaterThanOrEqual(1);
}, 60_000);
