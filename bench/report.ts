// BENCHMARKS.md (the table, the machine, how it was measured, the profiles of missed targets) and
// bench/out/results.json (everything, for comparing runs).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ProfileReport, ProfileRow } from "./cpu-profile.ts";
import type { Machine } from "./machine.ts";
import type { Measure } from "./measure.ts";

export interface Run {
  machine: Machine;
  durationS: number;
  measures: Measure[];
  profiles: ProfileReport[];
  notes: string[];
}

const HOW = `How: \`npm run bench\`. Every figure is a ratio against a bare baseline measured in the same run.
- Slack and Teams: the whole bot (\`startApp\`, embedded store in a fresh data directory, the example round)
  and the bare baseline (the same Bolt \`HTTPReceiver\` on our HTTP server with a middleware that only
  calls \`ack()\`; a \`CloudAdapter\` without app id through the same HTTP bridge, answering the invoke
  with an empty 200) each run in a child process pinned to core 0 (\`taskset -c 0\`); the load generator
  and the fake Slack Web API / Bot Connector run on core 1. Closed loop over a keep-alive \`http.Agent\`,
  request bodies built before each block, answers checked after it. Each concurrency gets a fresh
  whole-stack child (with a fresh data directory) and a fresh bare child; each is warmed with about 3 s
  of load, then four alternating blocks of about 1.5 s per side are measured. A slash command is done
  when its ack, carrying the status card, is in.
- The "load generator" share in Details is the runner's CPU on core 1: near 100% means that baseline was
  limited by the generator, and its ratio flatters the whole stack.
- Status: in-process through \`engine.handle\`, against better-sqlite3 reading and parsing the same rows.
- A row with failures (a non-2xx answer, a wrong body, a submission not stored) fails the run.`;

function figure(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  const digits = unit === "ms" ? (value < 10 ? 2 : 1) : unit === "MB" ? 0 : unit === "req/s" ? 0 : 0;
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
  return [
    `### ${p.title}`,
    `Profile: \`${p.file}\`. ${summary}`,
    "- Self time by function:",
    profileRows(p.functions),
    "- Self time by file or package:",
    profileRows(p.places),
    "- Time inside our functions (callees included):",
    profileRows(p.ours),
  ].join("\n");
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
    table(run.measures),
    "",
    failures.length > 0
      ? `## Failures (the run failed)\n\n${failures
          .slice(0, 40)
          .map((f) => `- ${f}`)
          .join("\n")}\n`
      : "",
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
