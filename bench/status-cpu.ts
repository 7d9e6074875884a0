// CPU per `status` through the engine, in-process, for working on the status path (issue #9) without the
// whole HTTP benchmark: the three cases of status-bench.ts on the real embedded store.
//   npx tsx bench/status-cpu.ts [statuses per block] [blocks]
// Prints user+system CPU µs per status, best and median over the measured blocks; the first block only
// warms up.

import { rmSync } from "node:fs";
import { loadExampleRound } from "./example-round.ts";
import { cpuBlocks } from "./measure.ts";
import { fixture, mentorCase, overviewCase, type StatusCase } from "./status-bench.ts";

const [countArg = "2000", blocksArg = "7"] = process.argv.slice(2);
const count = Number(countArg);
const blocks = Number(blocksArg);

async function measure(c: StatusCase, first: number, total: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = first; i < first + total; i++) await c.viaEngine(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / total;
}

const { checklist } = await loadExampleRound();
const small = await fixture("cpu-one-cluster", 1, checklist);
const large = await fixture("cpu-100-clusters", 100, checklist);
const cases: [StatusCase, number][] = [
  [mentorCase("one cluster: mentor", small, false), count],
  [mentorCase("100 clusters: mentor", large, true), count],
  [overviewCase("100 clusters: project manager overview", large, 100), Math.max(1, Math.round(count / 20))],
];
try {
  for (const [c, n] of cases) {
    const line = await cpuBlocks((first, total) => measure(c, first, total), n, blocks);
    console.log(`${c.name}, per status: ${line}`);
  }
} finally {
  for (const f of [small, large]) {
    f.db.close();
    await f.store.close();
    rmSync(f.dir, { recursive: true, force: true });
  }
}
process.exit(0);
