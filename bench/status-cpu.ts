// CPU per `status` through the engine, in-process, for working on the status path (issue #9) without the
// whole HTTP benchmark: the three cases of status-bench.ts on the real embedded store, with the round cache
// the app wraps it in ("app", the default) or without ("raw", as status-bench.ts times it).
//   node --max-semi-space-size=2 --import tsx bench/status-cpu.ts [app|raw] [statuses per block] [blocks]
// Prints user+system CPU µs per status, best and median over the measured blocks; the first block only
// warms up.
import { rmSync } from "node:fs";
import { loadExampleRound } from "./example-round.ts";
import { fixture, mentorCase, overviewCase, type StatusCase } from "./status-bench.ts";

const [modeArg = "app", countArg = "2000", blocksArg = "7"] = process.argv.slice(2);
const roundCache = modeArg !== "raw";
const count = Number(countArg);
const blocks = Number(blocksArg);

async function measure(c: StatusCase, first: number, total: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = first; i < first + total; i++) await c.viaEngine(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / total;
}

const { checklist } = await loadExampleRound();
const small = await fixture("cpu-one-cluster", 1, checklist, { roundCache });
const large = await fixture("cpu-100-clusters", 100, checklist, { roundCache });
const cases: [StatusCase, number][] = [
  [mentorCase("one cluster: mentor", small, false), count],
  [mentorCase("100 clusters: mentor", large, true), count],
  [overviewCase("100 clusters: project manager overview", large, 100), Math.max(1, Math.round(count / 20))],
];
try {
  for (const [c, n] of cases) {
    let i = 0;
    await measure(c, i, n);
    i += n;
    const results: number[] = [];
    for (let b = 0; b < blocks; b++) {
      results.push(await measure(c, i, n));
      i += n;
    }
    const sorted = [...results].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `${modeArg} ${c.name}: best ${sorted[0]?.toFixed(0)} µs, median ${median.toFixed(0)} µs per status ` +
        `(blocks: ${results.map((r) => r.toFixed(0)).join(" ")})`,
    );
  }
} finally {
  for (const f of [small, large]) {
    f.db.close();
    await f.store.close();
    rmSync(f.dir, { recursive: true, force: true });
  }
}
process.exit(0);
