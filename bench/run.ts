// `npm run bench`: every benchmark of the issue in one run, then BENCHMARKS.md and bench/out/results.json.
// Exits non-zero when any run lost or spoiled work (a failed request, a submission not stored); a missed
// target is reported, with a CPU profile of the case, and does not change the exit code.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchColdStart } from "./cold-start.ts";
import { busiestProfile, type ProfileReport, profileInProcess, summariseProfile } from "./cpu-profile.ts";
import { benchDeadlineMorning } from "./deadline-morning.ts";
import { type ExampleRound, loadExampleRound, SLACK_SUBMITTER, TEAMS_SUBMITTER } from "./example-round.ts";
import { machine } from "./machine.ts";
import type { Measure } from "./measure.ts";
import { benchNational } from "./national.ts";
import { benchSlack, benchTeams } from "./platform-runs.ts";
import { benchReminders, reminderMeasures } from "./reminder-measures.ts";
import { TEN_THOUSAND, THIRTY_THOUSAND } from "./reminders.ts";
import { writeReport } from "./report.ts";
import { buildBundles, LOAD_CORE, OUT_DIR } from "./spawn-server.ts";
import { benchStatus } from "./status-bench.ts";
import { benchStore } from "./store.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const PROFILES = join(OUT_DIR, "profiles");

interface Part {
  measures: Measure[];
  profiles?: ProfileReport[];
  notes?: string[];
}

/** A part that throws becomes a failed row, so that the report is still written. */
async function part(section: string, run: () => Promise<Part>): Promise<Part> {
  const started = performance.now();
  process.stdout.write(`${section}…\n`);
  try {
    const result = await run();
    process.stdout.write(`${section}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${section} failed: ${message}\n`);
    return {
      measures: [{ section, name: "the benchmark itself", unit: "", value: Number.NaN, failures: [message] }],
    };
  }
}

async function statusPart(): Promise<Part> {
  const example = await loadExampleRound();
  const status = await benchStatus(example.checklist);
  const profiles: ProfileReport[] = [];
  try {
    for (const c of status.cases) {
      if (!status.measures.some((m) => m.name.startsWith(c.name) && m.met === false)) continue;
      const file = join(PROFILES, `status-${c.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.cpuprofile`);
      await profileInProcess(file, async () => {
        for (let i = 0; i < 100; i++) await c.viaEngine(1_000_000 + i);
      });
      profiles.push({ ...summariseProfile(file), title: `status: ${c.name} (100 statuses, in-process)` });
    }
  } finally {
    await status.close();
  }
  return { measures: status.measures, profiles };
}

async function nationalPart(): Promise<Part> {
  const example = await loadExampleRound();
  const profiles: ProfileReport[] = [];
  const national = await benchNational(example.checklist, async (c) => {
    const file = join(PROFILES, `national-${c.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.cpuprofile`);
    await profileInProcess(file, async () => {
      for (let i = 0; i < 30; i++) await c.viaEngine(2_000_000 + i);
    });
    profiles.push({ ...summariseProfile(file), title: `national: ${c.name} (30 statuses, in-process)` });
  });
  await national.close();
  return { measures: national.measures, profiles };
}

/** National scale: 30,000 reminders; a miss is profiled on the 10,000 fan-out (a third of the time). */
async function remindersPart(): Promise<Part> {
  const measures = reminderMeasures(await benchReminders(THIRTY_THOUSAND), "national");
  if (!measures.some((m) => m.met === false)) return { measures };
  const file = join(PROFILES, "reminders-fan-out.cpuprofile");
  await profileInProcess(file, () => benchReminders(TEN_THOUSAND));
  return {
    measures,
    profiles: [{ ...summariseProfile(file), title: "reminders: one fan-out tick of 10,000 (in-process)" }],
  };
}

/** A miss is profiled on a second morning, the bot's process profiled from start to stop. */
async function deadlinePart(example: ExampleRound): Promise<Part> {
  const measures = await benchDeadlineMorning(example);
  if (!measures.some((m) => m.met === false)) return { measures };
  const dir = join(PROFILES, "deadline-morning");
  mkdirSync(dir, { recursive: true });
  await benchDeadlineMorning(example, dir);
  const title =
    "deadline morning: submissions at c=16 before and while 10,000 reminders go out (the whole process)";
  return { measures, profiles: [{ ...summariseProfile(busiestProfile(dir)), title }] };
}

async function storePart(): Promise<Part> {
  const results = await benchStore();
  return {
    measures: results.map((r) => ({
      section: "store",
      name: r.name,
      unit: r.unit,
      value: r.store,
      bare: r.bare,
      ratio: r.ratio,
    })),
  };
}

async function main(): Promise<number> {
  // The runner is the load generator: core 1, every thread of it; servers are pinned to core 0.
  execFileSync("taskset", ["-a", "-cp", LOAD_CORE, String(process.pid)], { stdio: "ignore" });
  rmSync(PROFILES, { recursive: true, force: true });
  mkdirSync(PROFILES, { recursive: true });
  const started = performance.now();
  const at = new Date();
  buildBundles();
  const example = await loadExampleRound();
  // The bot runs on the real clock: an assessment round must be open today, or no submission is stored.
  example.openRound(SLACK_SUBMITTER.organisationId);
  example.openRound(TEAMS_SUBMITTER.organisationId);
  const all: [string, () => Promise<Part>][] = [
    ["start", async () => benchColdStart()],
    ["status", statusPart],
    ["store", storePart],
    ["national", nationalPart],
    ["reminders", remindersPart],
    ["deadline", () => deadlinePart(example)],
    ["slack", () => benchSlack(example)],
    ["teams", () => benchTeams(example)],
  ];
  // BENCH_ONLY=slack,teams runs those parts alone, for working on one of them; such a partial run writes
  // its report to bench/out/partial/ and leaves BENCHMARKS.md (the whole run's report) as it is.
  const only = (process.env.BENCH_ONLY ?? "").split(",").filter((s) => s !== "");
  const unknown = only.filter((s) => !all.some(([name]) => name === s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY names no part ${unknown.join(", ")}`);
  const parts: Part[] = [];
  for (const [name, run] of all)
    if (only.length === 0 || only.includes(name)) parts.push(await part(name, run));
  const measures = parts.flatMap((p) => p.measures);
  const reportDir = only.length === 0 ? REPO : join(OUT_DIR, "partial");
  mkdirSync(reportDir, { recursive: true });
  writeReport(reportDir, only.length === 0 ? OUT_DIR : reportDir, {
    machine: machine(at),
    durationS: (performance.now() - started) / 1000,
    measures,
    profiles: parts.flatMap((p) => p.profiles ?? []),
    notes: parts.flatMap((p) => p.notes ?? []),
  });
  const failed = measures.filter((m) => (m.failures?.length ?? 0) > 0);
  const missed = measures.filter((m) => m.met === false && !failed.includes(m));
  process.stdout.write(
    `${join(reportDir, "BENCHMARKS.md")} written: ${measures.length} rows, ${missed.length} targets missed, ${failed.length} rows failed\n`,
  );
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
