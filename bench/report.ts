// BENCHMARKS.md (the table, the machine, how it was measured, the profiles of missed targets) and
// bench/out/results.json (everything, for comparing runs).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ProfileComparison, ProfileReport, ProfileRow } from "./cpu-profile.ts";
import type { Machine } from "./machine.ts";
import type { Measure } from "./measure.ts";

export interface Run {
  machine: Machine;
  durationS: number;
  measures: Measure[];
  profiles: ProfileReport[];
  notes: string[];
}

const HOW = `How: \`npm run bench\`. Every figure stands beside a baseline measured in the same run.
- Slack and Teams (issue #24: like with like): the whole bot (\`startApp\`, embedded store in a fresh data
  directory, the example round) against an **equal-work baseline**: the same Bolt \`HTTPReceiver\` on our
  HTTP server (for Teams: a \`CloudAdapter\` without app id through the same HTTP bridge, or a Teams SDK
  \`App\` without app id through the same route adapter) whose one
  middleware answers with the whole stack's own answer, captured from it by one request before the run
  (the same card, the same bytes: \`/modell status\` acks with the status card, a submission with the
  confirmation), and for a submission first writes the submitted state as one row in SQLite (WAL,
  \`synchronous=FULL\`, one transaction, in a data directory on the same disk) before it answers. Rows
  marked "bare = ack only" compare with the framework floor (a middleware that only acks, an empty 200
  for the invoke) and have no targets; that baseline runs beside the first pair only.
- Every server runs in a child process pinned to core 0 (\`taskset -c 0\`); the load generator and the
  fake Slack Web API / Bot Connector run on core 1. Closed loop over a keep-alive \`http.Agent\`,
  request bodies built before each block, answers checked after it (the baselines' too: the
  equal-work one must answer the same number of bytes, and hold one row per submission). Each
  concurrency gets fresh children (and data directories), measured as three pairs of fresh processes,
  the median pair reported; each side is warmed with at least 2 s of load, and on in blocks of about
  1 s until its CPU per request stops falling (a block costs at least 0.97× the one before; at most
  10 s), then four alternating blocks of about 1 s per side are measured. A slash command is done
  when its ack, carrying the status card, is in.
- Server CPU per request: the child's own user + system CPU (\`process.cpuUsage\`, as
  \`bench/http-cpu.ts\` measures it) over the measured blocks, divided by the requests answered.
- The "load generator" share in Details is the runner's CPU on core 1: near 100% means that baseline was
  limited by the generator, and its ratio flatters the whole stack.
- Status: in-process through \`engine.handle\`, against better-sqlite3 reading and parsing the same rows.
- National: the round file of 1,000 clusters is written by \`bench/national.ts\` and imported with
  \`node bin/modellbot.js import\` (the whole CLI process timed, pinned to core 0); the store then gets
  a year of work through the store port; the bot is started on it for its memory. The 30,000-reminder
  fan-out runs the real Slack and Teams senders in-process against fakes that enforce 1 post/s per
  Slack channel and 7/s per Teams conversation.
- Deadline morning: the whole bot (child) takes view_submissions at c=16 while its own reminder tick
  sends 10,000 Slack reminders to a rate-limited fake; the same load on the same process just before
  the tick is the baseline.
- A row with failures (a non-2xx answer, a wrong body, a submission not stored, a reminder lost or sent
  twice) fails the run. A missed target is reported with a CPU profile of the case, at the concurrency
  where it missed worst, and one of its equal-work baseline under the same load, set against it by layer.`;

function figure(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  const digits = unit === "ms" ? (value < 10 ? 2 : 1) : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

function verdict(m: Measure): string {
  if ((m.failures?.length ?? 0) > 0) return "**FAILED**";
  if (!m.target) return "";
  return m.met ? "met" : "**missed**";
}

function table(measures: Measure[]): string {
  const rows = [
    "| part | measure | whole stack | bare | ratio | target | |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
  ];
  for (const m of measures) {
    const failed = (m.failures?.length ?? 0) > 0;
    rows.push(
      `| ${m.section} | ${m.name.replaceAll("|", "\\|")} | ${failed ? "–" : figure(m.value, m.unit)} | ${figure(m.bare, m.unit)} | ${m.ratio === undefined || failed ? "–" : `${m.ratio.toFixed(2)}×`} | ${m.target?.text ?? ""} | ${verdict(m)} |`,
    );
  }
  return rows.join("\n");
}

function profileRows(rows: ProfileRow[]): string {
  return rows.map((r) => `  - ${(r.share * 100).toFixed(1)}% (${r.ms.toFixed(0)} ms) ${r.name}`).join("\n");
}

function profileSection(p: ProfileReport): string {
  const busy = p.places.filter((r) => r.name !== "(idle)");
  const lead = busy
    .slice(0, 3)
    .map((r) => `${r.name} ${(r.share * 100).toFixed(0)}%`)
    .join(", ");
  const ours = p.ours[0];
  const summary = `Of ${(p.sampledMs / 1000).toFixed(1)} s sampled, the most self time is in ${lead}${ours ? `; ${(ours.share * 100).toFixed(0)}% of all samples are under ${ours.name}` : ""}.`;
  const kinds = (p.kinds ?? []).map((k) => `${k.name} ${(k.share * 100).toFixed(0)}%`).join(", ");
  return [
    `### ${p.title}`,
    `Profile: \`${p.file}\`. ${summary}${kinds ? ` Of the busy time (idle left out): ${kinds}.` : ""}`,
    "- Self time by function:",
    profileRows(p.functions),
    "- Self time by file or package:",
    profileRows(p.places),
    "- Time inside our functions (callees included):",
    profileRows(p.ours),
    ...(p.versusBare ? [comparisonTable(p.versusBare)] : []),
  ].join("\n");
}

/** Layers whose difference is this small (µs per request) are summed into one row. */
const SMALL_US = 2;

function us(value: number): string {
  return `${value.toFixed(0)} µs`;
}

function signedUs(value: number): string {
  return `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(0)} µs`;
}

function comparisonTable(v: ProfileComparison): string {
  const large = v.layers.filter((l) => Math.abs(l.appUs - l.bareUs) >= SMALL_US);
  const small = v.layers.filter((l) => !large.includes(l));
  const sum = (rows: typeof v.layers, key: "appUs" | "bareUs") => rows.reduce((a, l) => a + l[key], 0);
  const rows = [
    ...large.map((l) => `| ${l.name} | ${us(l.appUs)} | ${us(l.bareUs)} | ${signedUs(l.appUs - l.bareUs)} |`),
    ...(small.length > 0
      ? [
          `| ${small.length} more, each within ±${SMALL_US} µs | ${us(sum(small, "appUs"))} | ${us(sum(small, "bareUs"))} | ${signedUs(sum(small, "appUs") - sum(small, "bareUs"))} |`,
        ]
      : []),
    `| **all busy time** | ${us(sum(v.layers, "appUs"))} | ${us(sum(v.layers, "bareUs"))} | ${signedUs(sum(v.layers, "appUs") - sum(v.layers, "bareUs"))} |`,
  ];
  return [
    `- Against the equal-work baseline, profiled under the same load right after (c=${v.concurrency}; ${v.requests.app} and ${v.requests.bare} requests, each process's start-up and warm-up included): sampled self time per request by layer. The profiler's own cost is in both sides, and a wait that blocks the thread counts as time (the baseline's synchronous fsync, inside better-sqlite3), so these are larger than the measured CPU and place it, not measure it.`,
    "",
    "| layer | whole stack | equal-work baseline | difference |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** The layers that take most of a profiled difference, and the one where the baseline spends most more. */
function largestDifferences(v: ProfileComparison, count = 5): string {
  const more = v.layers
    .filter((l) => l.appUs - l.bareUs >= SMALL_US)
    .slice(0, count)
    .map((l) => `${l.name} ${signedUs(l.appUs - l.bareUs)}`);
  const less = v.layers.at(-1);
  const baseline =
    less && less.bareUs - less.appUs >= SMALL_US
      ? [`while the baseline spends more in ${less.name} (${signedUs(less.appUs - less.bareUs)})`]
      : [];
  return [...more, ...baseline].join(", ");
}

/**
 * Why a target was missed, from the figures of the run: whether the equal-work baseline misses it as
 * well (then the floor is the platform library, the disk or the machine), and how the CPU compares.
 */
function reasonFor(m: Measure, all: Measure[], profiles: ProfileReport[]): string {
  const prefix = m.name.slice(0, m.name.lastIndexOf(": ") + 2);
  const cpu = all.find((x) => x.section === m.section && x.name === `${prefix}server CPU per request`);
  const cpuText = cpu
    ? `the whole stack used ${cpu.value.toFixed(0)} µs of server CPU per request against the baseline's ${cpu.bare?.toFixed(0)} µs`
    : "";
  const limit = m.target?.below ?? m.target?.atMost;
  if (
    m.unit === "ms" &&
    m.target?.of === "value" &&
    m.bare !== undefined &&
    limit !== undefined &&
    m.bare >= limit
  )
    return `the baseline misses it too (${figure(m.bare, m.unit)}): what bounds both is not the bot's own work (the durable write's fsync on this disk, or the machine's load)${cpuText ? `; ${cpuText}` : ""}`;
  if (m.section === "deadline morning") {
    const share = all.find((x) => x.section === m.section && x.name.includes("throughput"));
    return `the fan-out's posts run on the same core as the submissions (each post a durable claim, an HTTP call and a durable completion): the submissions' throughput falls to ${share?.ratio?.toFixed(2) ?? "?"}× meanwhile, and a submission that arrives while the posts of many channels come due at once waits behind them (see the profile)`;
  }
  if (m.name.endsWith("server CPU per request")) {
    const more = `${(m.value - (m.bare ?? 0)).toFixed(0)} µs more per request than the equal-work baseline: the bot's own work (engine, store reads and writes, card rendering, validation) and the packages it calls, which the baseline skips`;
    const profile = profiles.find(
      (p) => p.section === m.section && p.caseName !== undefined && m.name.startsWith(`${p.caseName}, c=`),
    );
    const largest = profile?.versusBare && largestDifferences(profile.versusBare);
    return largest
      ? `${more}; profiled beside the baseline at c=${profile.versusBare?.concurrency}, the largest differences in sampled self time per request are ${largest} (the table below the profile)`
      : `${more}; the profile below shows where it goes`;
  }
  if (m.name.includes("throughput") && m.name.includes("c=1:"))
    return `${cpuText || "see the profile"}; at c=1 each request waits for the one before, so throughput is one over the latency, which holds that CPU`;
  if (m.name.includes("throughput"))
    return `${cpuText || "see the profile"}; at this concurrency the server core is the bound, so throughput follows the CPU per request`;
  if (m.unit === "ms" && m.section !== "start") {
    const where = m.note ? `; ${m.note}` : "";
    if (cpu?.met === true)
      return `${cpuText}, within its target, so the tail is not the bot's CPU queueing on one core${where}`;
    return `${cpuText || "the whole stack's own work"}; queueing behind that CPU on one core makes the tail (see the profile)${where}`;
  }
  return m.note ?? "see the profile";
}

function reasons(measures: Measure[], profiles: ProfileReport[]): string {
  const missed = measures.filter((m) => m.target && m.met === false && (m.failures?.length ?? 0) === 0);
  if (missed.length === 0) return "";
  return `## Why the missed targets were missed

${missed.map((m) => `- ${m.section} · ${m.name}: ${reasonFor(m, measures, profiles)}.`).join("\n")}
`;
}

/** One line: how many targets were met, and which were missed. */
function targetSummary(measures: Measure[]): string {
  const judged = measures.filter((m) => m.target);
  const met = judged.filter((m) => m.met && (m.failures?.length ?? 0) === 0);
  const missed = judged.filter((m) => !met.includes(m));
  const failed = measures.filter((m) => (m.failures?.length ?? 0) > 0);
  return `${judged.length} targets: ${met.length} met, ${missed.length} missed${failed.length > 0 ? `; ${failed.length} rows FAILED (lost or spoiled work)` : ""}. Rows without a target are context (the ack-only floor, p50s, memory).`;
}

export function markdown(run: Run): string {
  const m = run.machine;
  const failures = run.measures.flatMap((x) => x.failures ?? []);
  const notes = run.measures.filter((x) => x.note).map((x) => `- ${x.section} · ${x.name}: ${x.note}`);
  return [
    "# Benchmarks",
    "",
    `Run ${m.date} in ${run.durationS.toFixed(0)} s on ${m.cores} cores (${m.cpu}), ${m.memoryGb.toFixed(1)} GB memory, Node ${m.node}, ${m.os}. Written by \`npm run bench\`; do not edit by hand.`,
    "",
    targetSummary(run.measures),
    "",
    table(run.measures),
    "",
    failures.length > 0
      ? `## Failures (the run failed)\n\n${failures
          .slice(0, 40)
          .map((f) => `- ${f}`)
          .join("\n")}\n`
      : "",
    reasons(run.measures, run.profiles),
    run.profiles.length > 0
      ? `## Where the time goes in the missed targets\n\n${run.profiles.map(profileSection).join("\n\n")}\n`
      : "",
    "## Method",
    "",
    HOW,
    "",
    ...(run.notes.length > 0 ? ["", ...run.notes.map((n) => `- ${n}`)] : []),
    "",
    "## Details",
    "",
    ...notes,
    "",
  ].join("\n");
}

export function writeReport(repo: string, outDir: string, run: Run): void {
  writeFileSync(join(repo, "BENCHMARKS.md"), markdown(run));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "results.json"), `${JSON.stringify(run, null, 2)}\n`);
}
