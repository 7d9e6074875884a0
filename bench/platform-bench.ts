// One platform request kind, whole stack against its baselines, at each concurrency: warm up every side
// alike, then alternate measured blocks (equal, app, ack, ack, app, equal, …) so that all see the same
// machine noise. The equal-work baseline (issue #24) answers with the whole stack's own answer, captured
// from it before the run, and makes the same durable write; the ack-only one is the framework floor.
// Request bodies are built before a block and answers checked after it, so that the load generator's own
// work stays small.
import { closedLoop, type HttpAnswer, keepAliveAgent, post } from "./load-generator.ts";
import { type Measure, percentile, withRatio } from "./measure.ts";
import type { ServerChild } from "./spawn-server.ts";

export const CONCURRENCIES = [1, 16, 64] as const;
const BLOCKS = 4;
/** Each measured block is sized from the warm-up's rate to take about this long. */
const BLOCK_MS = 1_000;
/**
 * Both sides are fresh processes and each is loaded at least this long before anything is measured: a new
 * process's first few thousand requests cost about twice its steady state (JIT, early GC, a growing WAL),
 * and a side measured before it settled would be judged by its start-up.
 */
const WARM_UP_MS = 2_000;
/**
 * After WARM_UP_MS the warm-up goes on in blocks of BLOCK_MS until a block costs the server at least
 * SETTLED × the CPU per request of the one before (it has stopped falling: the JIT is done with the request
 * path), but no longer than this. The whole stack has far more code to compile than a bare app, so a fixed
 * warm-up measured its c=1 rows (about 1,000 requests a second) partly on its start-up. Every side is
 * warmed by the same rule.
 */
const MAX_WARM_UP_MS = 10_000;
const SETTLED = 0.97;
const THROUGHPUT_SHARE = 0.7;
/** p99 limits by concurrency (none at c=1). */
const P99_LIMIT_MS: Record<number, number> = { 16: 100, 64: 250 };
/** Server CPU per request: at most this many times the equal-work baseline's. */
const CPU_SHARE = 1.5;

export interface Prepared {
  body: string;
  /** Called at send time: a signature carries the current timestamp. */
  headers(): Record<string, string>;
}

export interface PlatformCase {
  section: string;
  name: string;
  path: string;
  prepare(i: number): Prepared;
  /** Throws unless the whole stack's answer is what the user should get. */
  checkApp(answer: HttpAnswer, i: number): void;
  /** The ack-only baseline's answer. */
  checkBare(answer: HttpAnswer): void;
  /** Each request stores one self-assessment version. */
  stores: boolean;
}

export interface BlockRun {
  latencies: number[];
  elapsedMs: number;
  failures: string[];
  serverCpuMs: number;
  runnerCpuMs: number;
  /** A warm-up's whole length (every block of it), and whether its CPU per request settled in time. */
  warmed?: { requests: number; ms: number; cpuMs: number; settled: boolean };
}

export type SideName = "app" | "equal" | "ack";

/** The servers of one measured pair: the whole stack, the equal-work baseline, the ack-only one if any. */
export interface Sides {
  app: ServerChild;
  equal: ServerChild;
  ack?: ServerChild | undefined;
}

/** Requests sent to each side (warm-up included): the stores are checked against them afterwards. */
export interface Sequence {
  /** The next request index: unique over the whole run, so that every id, trigger and hash is new. */
  next: number;
  /** Submissions sent to the whole stack (warm-up included). */
  submitted: number;
  /** Submissions sent to the equal-work baseline, which must have written one row each. */
  submittedEqual?: number;
}

function check(c: PlatformCase, side: SideName, answer: HttpAnswer, i: number, equalBody: string): void {
  if (side === "app") c.checkApp(answer, i);
  else if (side === "ack") c.checkBare(answer);
  else if (answer.status !== 200 || Buffer.byteLength(answer.body) !== Buffer.byteLength(equalBody))
    throw new Error(
      `equal-work baseline answered ${answer.status} with ${Buffer.byteLength(answer.body)} bytes, not the whole stack's ${Buffer.byteLength(equalBody)}`,
    );
}

export async function block(
  c: PlatformCase,
  server: ServerChild,
  side: SideName,
  concurrency: number,
  count: number,
  seq: Sequence,
  equalBody = "",
): Promise<BlockRun> {
  const first = seq.next;
  const prepared = Array.from({ length: count }, (_, k) => c.prepare(first + k));
  seq.next += count;
  if (side === "app" && c.stores) seq.submitted += count;
  if (side === "equal" && c.stores) seq.submittedEqual = (seq.submittedEqual ?? 0) + count;
  const checks: (() => void)[] = [];
  // A new agent per block: sockets left idle past the server's keep-alive timeout while the other side
  // ran would be closed under a request sent on them ("socket hang up"), which is not the bot's doing.
  const agent = keepAliveAgent(concurrency);
  const exchange = async (i: number) => {
    const request = prepared[i - first] as Prepared;
    const answer = await post(agent, server.port, c.path, request.headers(), request.body);
    checks.push(() => check(c, side, answer, i, equalBody));
  };
  const [serverBefore, runnerBefore] = [await server.cpuMs(), process.cpuUsage()];
  const run = await closedLoop(concurrency, Number.POSITIVE_INFINITY, exchange, first, count);
  const runnerUsed = process.cpuUsage(runnerBefore);
  agent.destroy();
  const serverCpuMs = (await server.cpuMs()) - serverBefore;
  const label = `${c.section} ${c.name} ${SIDE_LABEL[side]} c=${concurrency}`;
  const failures = run.failures.map((f) => `${label}: ${f}`);
  for (const run of checks) {
    try {
      run();
    } catch (error) {
      failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const runnerCpuMs = (runnerUsed.user + runnerUsed.system) / 1000;
  return { latencies: run.latencies, elapsedMs: run.elapsedMs, failures, serverCpuMs, runnerCpuMs };
}

const SIDE_LABEL: Record<SideName, string> = {
  app: "whole stack",
  equal: "equal-work baseline",
  ack: "ack-only baseline",
};

/**
 * One request to the whole stack, checked: its answer is what the equal-work baseline will send back
 * (BENCH_BARE_BODY_FILE), so that both put the same bytes on the wire.
 */
export async function captureAnswer(c: PlatformCase, app: ServerChild, seq: Sequence): Promise<string> {
  const agent = keepAliveAgent(1);
  const errors: string[] = [];
  try {
    // A fresh process's very first answer can miss the ack's budget (a slash command's card then goes
    // to the response URL): up to three tries, each a new request the store counts.
    for (let attempt = 0; attempt < 3; attempt++) {
      const i = seq.next++;
      if (c.stores) seq.submitted += 1;
      const request = c.prepare(i);
      const answer = await post(agent, app.port, c.path, request.headers(), request.body);
      try {
        c.checkApp(answer, i);
        return answer.body;
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    throw new Error(`${c.section} ${c.name}: no answer to capture: ${errors.join("; ")}`);
  } finally {
    agent.destroy();
  }
}

interface Totals {
  latencies: number[];
  rate: number;
  completed: number;
  serverBusy: number;
  runnerBusy: number;
  /** Server CPU per request, µs (user + system of the child, from process.cpuUsage as bench/http-cpu.ts). */
  cpuPerRequestUs: number;
}

function totals(runs: BlockRun[]): Totals {
  const sum = (f: (r: BlockRun) => number) => runs.reduce((a, r) => a + f(r), 0);
  const elapsedMs = sum((r) => r.elapsedMs);
  const completed = sum((r) => r.latencies.length);
  return {
    latencies: runs.flatMap((r) => r.latencies),
    rate: completed / (elapsedMs / 1000),
    completed,
    serverBusy: sum((r) => r.serverCpuMs) / elapsedMs,
    runnerBusy: sum((r) => r.runnerCpuMs) / elapsedMs,
    cpuPerRequestUs: (sum((r) => r.serverCpuMs) * 1000) / completed,
  };
}

function warmUpCount(concurrency: number): number {
  return 150 + 10 * concurrency;
}

function blockCount(warm: BlockRun, ms = BLOCK_MS): number {
  const rate = warm.latencies.length / (warm.elapsedMs / 1000);
  return Math.max(60, Math.min(8_000, Math.round((rate * ms) / 1000)));
}

function cpuPerRequest(run: BlockRun): number {
  return run.serverCpuMs / Math.max(1, run.latencies.length);
}

/**
 * A first block to learn the rate, the rest of WARM_UP_MS at that rate, then blocks of BLOCK_MS until the
 * CPU per request has settled (or MAX_WARM_UP_MS). Answers the last warm-up block, with every failure.
 */
async function warmUp(
  c: PlatformCase,
  server: ServerChild,
  side: SideName,
  concurrency: number,
  seq: Sequence,
  equalBody = "",
): Promise<BlockRun> {
  const first = await block(c, server, side, concurrency, warmUpCount(concurrency), seq, equalBody);
  const failures = [...first.failures];
  let spent = first.elapsedMs;
  let requests = first.latencies.length;
  let cpuMs = first.serverCpuMs;
  let last = first;
  let settled = false;
  let count = blockCount(first, WARM_UP_MS - spent);
  while (spent < MAX_WARM_UP_MS && !settled) {
    const run = await block(c, server, side, concurrency, count, seq, equalBody);
    failures.push(...run.failures);
    spent += run.elapsedMs;
    requests += run.latencies.length;
    cpuMs += run.serverCpuMs;
    settled = spent >= WARM_UP_MS && cpuPerRequest(run) >= SETTLED * cpuPerRequest(last);
    last = run;
    count = blockCount(run);
  }
  return { ...last, failures, warmed: { requests, ms: spent, cpuMs, settled } };
}

function warmedText(run: BlockRun | undefined): string {
  const w = run?.warmed;
  if (!w) return "";
  const how = w.settled ? "until its CPU per request settled" : "for the longest warm-up, still falling";
  // The start-up the measured blocks leave out: what a fresh process costs per request while it warms.
  const cpu = (w.cpuMs * 1000) / Math.max(1, w.requests);
  return `warmed with ${w.requests} requests in ${(w.ms / 1000).toFixed(1)} s at ${cpu.toFixed(0)} µs of server CPU per request, ${how}`;
}

export interface CaseRun {
  /** Rows with targets: the whole stack against the equal-work baseline. */
  measures: Measure[];
  /** Rows without targets: the whole stack against the ack-only baseline (when it ran). */
  floor: Measure[];
  /** Whole stack / equal-work throughput, for picking the median pair. */
  ratio: number;
}

export async function measureCase(
  c: PlatformCase,
  servers: Sides,
  concurrency: number,
  seq: Sequence,
  equalBody: string,
): Promise<CaseRun> {
  const names: SideName[] = servers.ack ? ["equal", "app", "ack"] : ["equal", "app"];
  const serverOf = (side: SideName) =>
    (side === "app" ? servers.app : side === "equal" ? servers.equal : servers.ack) as ServerChild;
  const warm = new Map<SideName, BlockRun>();
  for (const side of names)
    warm.set(side, await warmUp(c, serverOf(side), side, concurrency, seq, equalBody));
  const runs = new Map<SideName, BlockRun[]>(names.map((side) => [side, []]));
  for (let b = 0; b < BLOCKS; b++) {
    const order = b % 2 === 0 ? names : [...names].reverse();
    for (const side of order) {
      const count = blockCount(warm.get(side) as BlockRun);
      runs.get(side)?.push(await block(c, serverOf(side), side, concurrency, count, seq, equalBody));
    }
  }
  const failures = [...warm.values(), ...[...runs.values()].flat()].flatMap((r) => r.failures);
  const app = totals(runs.get("app") ?? []);
  const equal = totals(runs.get("equal") ?? []);
  const ack = servers.ack ? totals(runs.get("ack") ?? []) : undefined;
  const bytes = { app: Buffer.byteLength(equalBody) };
  const tail = tailNote(runs.get("app") ?? [], P99_LIMIT_MS[concurrency], concurrency);
  const warmed = { app: warmedText(warm.get("app")), equal: warmedText(warm.get("equal")) };
  return {
    measures: caseMeasures(c, concurrency, app, equal, failures, bytes.app, tail, warmed),
    floor: ack ? floorMeasures(c, concurrency, app, ack, failures) : [],
    ratio: app.rate / equal.rate,
  };
}

/**
 * Where the whole stack's answers at or over the p99 limit fell: among the first two rounds of answers of
 * a block (most blocks start after the server sat idle while another side ran) or later in it.
 */
function tailNote(runs: BlockRun[], limit: number | undefined, concurrency: number): string | undefined {
  if (limit === undefined) return undefined;
  const start = 2 * concurrency;
  const over = runs.flatMap((r) => r.latencies.map((ms, k) => ({ ms, k }))).filter((x) => x.ms >= limit);
  if (over.length === 0) return undefined;
  const atStart = over.filter((x) => x.k < start).length;
  const total = runs.reduce((n, r) => n + r.latencies.length, 0);
  return `${over.length} of the whole stack's ${total} answers took ${limit} ms or more, ${atStart} of them among the first ${start} answers of a block (a block mostly starts after the server sat idle while another side ran)`;
}

const busy = (s: Totals) =>
  `server core ${(s.serverBusy * 100).toFixed(0)}% busy, load generator ${(s.runnerBusy * 100).toFixed(0)}%`;

function caseMeasures(
  c: PlatformCase,
  concurrency: number,
  app: Totals,
  equal: Totals,
  failures: string[],
  answerBytes: number,
  tail: string | undefined,
  warmed: { app: string; equal: string },
): Measure[] {
  const base = { section: c.section, failures: failures.length > 0 ? failures : undefined };
  const name = (what: string) => `${c.name}, c=${concurrency}: ${what}`;
  const limit = P99_LIMIT_MS[concurrency];
  const p99Target = limit ? { text: `< ${limit} ms`, of: "value" as const, below: limit } : undefined;
  return [
    withRatio({
      ...base,
      name: name("throughput (bare = equal work)"),
      unit: "req/s",
      value: app.rate,
      bare: equal.rate,
      target: { text: `≥ ${THROUGHPUT_SHARE}× bare`, of: "ratio", atLeast: THROUGHPUT_SHARE },
      note: `${app.completed} whole-stack requests (${busy(app)}${warmed.app ? `; ${warmed.app}` : ""}); ${equal.completed} equal-work (${busy(equal)}${warmed.equal ? `; ${warmed.equal}` : ""}); both answer ${answerBytes} bytes`,
    }),
    withRatio({
      ...base,
      name: name("p50 latency"),
      unit: "ms",
      value: percentile(app.latencies, 0.5),
      bare: percentile(equal.latencies, 0.5),
    }),
    withRatio({
      ...base,
      name: name("p99 latency"),
      unit: "ms",
      value: percentile(app.latencies, 0.99),
      bare: percentile(equal.latencies, 0.99),
      target: p99Target,
      note: tail,
    }),
    withRatio({
      ...base,
      name: name("server CPU per request"),
      unit: "µs",
      value: app.cpuPerRequestUs,
      bare: equal.cpuPerRequestUs,
      target: { text: `≤ ${CPU_SHARE}× bare`, of: "ratio", atMost: CPU_SHARE },
    }),
  ];
}

/** The framework floor: no targets, only where the whole stack stands against a bare ack. */
function floorMeasures(
  c: PlatformCase,
  concurrency: number,
  app: Totals,
  ack: Totals,
  failures: string[],
): Measure[] {
  const base = { section: c.section, failures: failures.length > 0 ? failures : undefined };
  const name = (what: string) => `${c.name}, c=${concurrency}: ${what} (bare = ack only)`;
  return [
    withRatio({
      ...base,
      name: name("throughput"),
      unit: "req/s",
      value: app.rate,
      bare: ack.rate,
      note: `same pair of processes as its whole stack; ${ack.completed} ack-only requests (${busy(ack)})`,
    }),
    withRatio({
      ...base,
      name: name("server CPU per request"),
      unit: "µs",
      value: app.cpuPerRequestUs,
      bare: ack.cpuPerRequestUs,
    }),
  ];
}

/**
 * Load against one server only, at one concurrency, for about `ms` after its warm-up: for a CPU profile of
 * a missed case (the whole stack's, or the equal-work baseline's answering `equalBody`). Answers every
 * failure and how many requests the server was sent, warm-up included.
 */
export async function loadOnly(
  c: PlatformCase,
  server: ServerChild,
  side: "app" | "equal",
  concurrency: number,
  ms: number,
  seq: Sequence,
  equalBody = "",
): Promise<{ failures: string[]; requests: number }> {
  const warm = await warmUp(c, server, side, concurrency, seq, equalBody);
  const count = blockCount(warm, ms);
  const run = await block(c, server, side, concurrency, count, seq, equalBody);
  const warmed = warm.warmed?.requests ?? warm.latencies.length;
  return { failures: [...warm.failures, ...run.failures], requests: warmed + run.latencies.length };
}
