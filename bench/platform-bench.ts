// One platform request kind, whole stack against bare, at each concurrency: warm up both alike, then alternate
// measured blocks (bare, app, app, bare, …) so that both see the same machine noise. Request bodies are
// built before a block and answers checked after it, so that the load generator's own work stays small.
import { closedLoop, type HttpAnswer, keepAliveAgent, post } from "./load-generator.ts";
import { type Measure, percentile, withRatio } from "./measure.ts";
import type { ServerChild } from "./spawn-server.ts";

export const CONCURRENCIES = [1, 16, 64] as const;
const BLOCKS = 4;
/** Each measured block is sized from the warm-up's rate to take about this long. */
const BLOCK_MS = 1_500;
/**
 * Both sides are fresh processes and each is loaded this long before anything is measured: a new
 * process's first few thousand requests cost about twice its steady state (JIT, early GC, a growing WAL),
 * and a side measured before it settled would be judged by its start-up.
 */
const WARM_UP_MS = 3_000;
const THROUGHPUT_SHARE = 0.7;
const P99_LIMIT_MS = 100;
const P99_AT_CONCURRENCY = 16;

export interface Prepared {
  body: string;
  /** Called at send time: a signature carries the current timestamp. */
  headers(): Record<string, string>;
}

export interface PlatformCase {
  section: "slack" | "teams";
  name: string;
  path: string;
  prepare(i: number): Prepared;
  /** Throws unless the whole stack's answer is what the user should get. */
  checkApp(answer: HttpAnswer, i: number): void;
  checkBare(answer: HttpAnswer): void;
  /** Each request stores one self-assessment version. */
  stores: boolean;
}

export interface Sequence {
  /** The next request index: unique over the whole run, so that every id, trigger and hash is new. */
  next: number;
  /** Submissions sent to the whole stack (warm-up included). */
  submitted: number;
}

interface BlockRun {
  latencies: number[];
  elapsedMs: number;
  failures: string[];
  serverCpuMs: number;
  runnerCpuMs: number;
}

async function block(
  c: PlatformCase,
  server: ServerChild,
  bare: boolean,
  concurrency: number,
  count: number,
  seq: Sequence,
): Promise<BlockRun> {
  const first = seq.next;
  const prepared = Array.from({ length: count }, (_, k) => c.prepare(first + k));
  seq.next += count;
  if (!bare && c.stores) seq.submitted += count;
  const checks: (() => void)[] = [];
  // A new agent per block: sockets left idle past the server's keep-alive timeout while the other side
  // ran would be closed under a request sent on them ("socket hang up"), which is not the bot's doing.
  const agent = keepAliveAgent(concurrency);
  const exchange = async (i: number) => {
    const request = prepared[i - first] as Prepared;
    const answer = await post(agent, server.port, c.path, request.headers(), request.body);
    if (bare) return void checks.push(() => c.checkBare(answer));
    checks.push(() => c.checkApp(answer, i));
  };
  const [serverBefore, runnerBefore] = [await server.cpuMs(), process.cpuUsage()];
  const run = await closedLoop(concurrency, Number.POSITIVE_INFINITY, exchange, first, count);
  const runnerUsed = process.cpuUsage(runnerBefore);
  agent.destroy();
  const serverCpuMs = (await server.cpuMs()) - serverBefore;
  const label = `${c.section} ${c.name} ${bare ? "bare" : "whole stack"} c=${concurrency}`;
  const failures = run.failures.map((f) => `${label}: ${f}`);
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const runnerCpuMs = (runnerUsed.user + runnerUsed.system) / 1000;
  return { latencies: run.latencies, elapsedMs: run.elapsedMs, failures, serverCpuMs, runnerCpuMs };
}

interface Side {
  runs: BlockRun[];
}

function totals(side: Side) {
  const sum = (f: (r: BlockRun) => number) => side.runs.reduce((a, r) => a + f(r), 0);
  const elapsedMs = sum((r) => r.elapsedMs);
  return {
    latencies: side.runs.flatMap((r) => r.latencies),
    rate: sum((r) => r.latencies.length) / (elapsedMs / 1000),
    completed: sum((r) => r.latencies.length),
    serverBusy: sum((r) => r.serverCpuMs) / elapsedMs,
    runnerBusy: sum((r) => r.runnerCpuMs) / elapsedMs,
  };
}

function warmUpCount(concurrency: number): number {
  return 150 + 10 * concurrency;
}

function blockCount(warm: BlockRun, ms = BLOCK_MS): number {
  const rate = warm.latencies.length / (warm.elapsedMs / 1000);
  return Math.max(60, Math.min(8_000, Math.round((rate * ms) / 1000)));
}

/** About WARM_UP_MS of load: a first block to learn the rate, then the rest of the time at that rate. */
async function warmUp(
  c: PlatformCase,
  server: ServerChild,
  bare: boolean,
  concurrency: number,
  seq: Sequence,
): Promise<BlockRun> {
  const first = await block(c, server, bare, concurrency, warmUpCount(concurrency), seq);
  const left = WARM_UP_MS - first.elapsedMs;
  if (left <= 0) return first;
  const rest = await block(c, server, bare, concurrency, blockCount(first, left), seq);
  return { ...rest, failures: [...first.failures, ...rest.failures] };
}

export async function measureCase(
  c: PlatformCase,
  app: ServerChild,
  bare: ServerChild,
  concurrency: number,
  seq: Sequence,
): Promise<Measure[]> {
  const servers = { app, bare };
  const warm = {
    bare: await warmUp(c, bare, true, concurrency, seq),
    app: await warmUp(c, app, false, concurrency, seq),
  };
  const counts = { app: blockCount(warm.app), bare: blockCount(warm.bare) };
  const sides: Record<"app" | "bare", Side> = { app: { runs: [] }, bare: { runs: [] } };
  for (let b = 0; b < BLOCKS; b++) {
    const order = b % 2 === 0 ? (["bare", "app"] as const) : (["app", "bare"] as const);
    for (const which of order) {
      const run = await block(c, servers[which], which === "bare", concurrency, counts[which], seq);
      sides[which].runs.push(run);
    }
  }
  const failures = [warm.bare, warm.app, ...sides.app.runs, ...sides.bare.runs].flatMap((r) => r.failures);
  return caseMeasures(c, concurrency, { app: totals(sides.app), bare: totals(sides.bare) }, failures);
}

function caseMeasures(
  c: PlatformCase,
  concurrency: number,
  sides: Record<"app" | "bare", ReturnType<typeof totals>>,
  failures: string[],
): Measure[] {
  const { app, bare } = sides;
  const base = { section: c.section, failures: failures.length > 0 ? failures : undefined };
  const name = (what: string) => `${c.name}, c=${concurrency}: ${what}`;
  const busy = (s: typeof app) =>
    `server core ${(s.serverBusy * 100).toFixed(0)}% busy, load generator ${(s.runnerBusy * 100).toFixed(0)}%`;
  const p99Target =
    concurrency === P99_AT_CONCURRENCY
      ? { text: `< ${P99_LIMIT_MS} ms`, of: "value" as const, below: P99_LIMIT_MS }
      : undefined;
  return [
    withRatio({
      ...base,
      name: name("throughput"),
      unit: "req/s",
      value: app.rate,
      bare: bare.rate,
      target: { text: `≥ ${THROUGHPUT_SHARE}× bare`, of: "ratio", atLeast: THROUGHPUT_SHARE },
      note: `${app.completed} whole-stack requests (${busy(app)}); ${bare.completed} bare (${busy(bare)})`,
    }),
    withRatio({
      ...base,
      name: name("p50 latency"),
      unit: "ms",
      value: percentile(app.latencies, 0.5),
      bare: percentile(bare.latencies, 0.5),
    }),
    withRatio({
      ...base,
      name: name("p99 latency"),
      unit: "ms",
      value: percentile(app.latencies, 0.99),
      bare: percentile(bare.latencies, 0.99),
      target: p99Target,
    }),
  ];
}

/** Load against one server only, at one concurrency, for about `ms`: for a CPU profile of a missed case. */
export async function loadOnly(
  c: PlatformCase,
  server: ServerChild,
  concurrency: number,
  ms: number,
  seq: Sequence,
): Promise<string[]> {
  const warm = await warmUp(c, server, false, concurrency, seq);
  const count = blockCount(warm, ms);
  const run = await block(c, server, false, concurrency, count, seq);
  return [...warm.failures, ...run.failures];
}
