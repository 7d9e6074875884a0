import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { PlanEntry } from "../../src/cli/commands/plan.ts";
import { plan } from "../../src/cli/commands/plan.ts";
import { validate } from "../../src/cli/commands/validate.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { SCHEDULED_KINDS } from "../../src/scheduler/scheduled-message.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLE = "examples/round-2027.yaml";
const EXAMPLE_TEXT = readFileSync(join(ROOT, EXAMPLE), "utf8");

async function runCli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "src/cli/main.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: "C.UTF-8", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: e.code ?? -1, stdout: e.stdout, stderr: e.stderr };
  }
}

function fakeIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: ROOT };
  return { io, out, err };
}

function brokenCopy(from: string, to: string): { dir: string; file: string; line: number } {
  const text = EXAMPLE_TEXT.replace(from, to);
  expect(text).not.toBe(EXAMPLE_TEXT);
  const dir = mkdtempSync(join(tmpdir(), "modellbot-cli-"));
  const file = join(dir, "round.yaml");
  writeFileSync(file, text);
  return { dir, file, line: text.slice(0, text.indexOf(to)).split("\n").length };
}

describe("npm run cli -- validate", () => {
  it("accepts the example round with a summary on stdout, its warnings on stderr in the round's language, and exit code 0", async () => {
    const { code, stdout, stderr } = await runCli(["validate", EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "examples/round-2027.yaml: OK: round modellkommuner-2027, 2 clusters, 7 organisations, checklist skr-10 (10 points, scale 1–3)",
    ]);
    expect(stderr.trim().split("\n")).toEqual([
      // The example keeps one meeting in July on purpose (its overdue day is midsummer eve).
      expect.stringMatching(
        /^varning: examples\/round-2027\.yaml:\d+: clusters\[1\]\.meetings\.benchmarking-2\.date: benchmarking-2 \(2027-07-01\) ligger i juli/,
      ),
    ]);
  });

  it("warns of a meeting on a public holiday or a weekend, and of one less than three weeks after the start-up", async () => {
    let text = EXAMPLE_TEXT.replace(
      "benchmarking-1: { date: 2027-04-05",
      "benchmarking-1: { date: 2027-02-20",
    );
    text = text.replace("benchmarking-3: { date: 2027-11-08", "benchmarking-3: { date: 2027-11-06");
    text = text.replace("language: sv", "language: en");
    const dir = mkdtempSync(join(tmpdir(), "modellbot-cli-"));
    writeFileSync(join(dir, "round.yaml"), text);
    const { io, out, err } = fakeIo({ LANG: "sv_SE.UTF-8" });
    expect(await validate(["round.yaml"], { ...io, cwd: dir })).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^round\.yaml: OK: omgång /)]);
    const warnings = err;
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^warning: round\.yaml:\d+: clusters\[0\]\.meetings\.benchmarking-1\.date: benchmarking-1 \(2027-02-20\) falls on a weekend or a public holiday/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/benchmarking-1 \(2027-02-20\) is only 17 days after the start-up meeting/),
    );
    // All Saints' Day 2027 is Saturday 6 November.
    expect(warnings).toContainEqual(
      expect.stringMatching(/benchmarking-3 \(2027-11-06\) falls on a weekend or a public holiday/),
    );
    expect(warnings).toHaveLength(4);
  });

  it("exits 2 on a broken copy, naming the file, the line and the field", async () => {
    const broken = brokenCopy("host: vaxholm", "host: kramfors");
    const { code, stderr } = await runCli(["validate", broken.file]);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toContain(
      `${broken.file}:${broken.line}: clusters[0].meetings.benchmarking-2.host: the host "kramfors" is not in cluster kalmar: choose one of kalmar, karlskrona, vaxholm`,
    );
  });

  it("prints every error, not just the first", async () => {
    let text = EXAMPLE_TEXT.replace("host: vaxholm", "host: kramfors");
    text = text.replace("timeZone: Europe/Stockholm", "timeZone: Mars/Olympus");
    text = text.replace("checklist: skr-10", "checklist: skr-99");
    const dir = mkdtempSync(join(tmpdir(), "modellbot-cli-"));
    writeFileSync(join(dir, "round.yaml"), text);
    const { io, err } = fakeIo();
    expect(await validate([join(dir, "round.yaml")], { ...io, cwd: dir })).toBe(2);
    // The schema error (the time zone) and the rule errors come together, in the order of the file.
    expect(err).toEqual([
      expect.stringMatching(/^round\.yaml:\d+: timeZone: unknown time zone/),
      expect.stringMatching(/^round\.yaml:\d+: checklist: unknown checklist "skr-99"/),
      expect.stringMatching(/^round\.yaml:\d+: clusters\[0\]\.meetings\.benchmarking-2\.host: /),
    ]);
  });

  it("answers in Swedish when the operator's locale is Swedish", async () => {
    const { io, out } = fakeIo({ LANG: "sv_SE.UTF-8" });
    expect(await validate([EXAMPLE], io)).toBe(0);
    expect(out[0]).toMatch(/OK: omgång modellkommuner-2027, 2 kluster, 7 organisationer/);
  });

  it("names a broken round file's mistakes in Swedish when the operator's locale is Swedish", async () => {
    const broken = brokenCopy("host: vaxholm", "host: kramfors");
    const { io, err } = fakeIo({ LANG: "sv_SE.UTF-8" });
    expect(await validate([broken.file], io)).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /:\d+: clusters\[0\]\.meetings\.benchmarking-2\.host: värden "kramfors" ingår inte i klustret kalmar: välj någon av kalmar, karlskrona, vaxholm$/,
      ),
    ]);
  });

  it("shows its usage and exits 2 without a file", async () => {
    const { io, err } = fakeIo();
    expect(await validate([], io)).toBe(2);
    expect(err).toEqual(["usage: validate FILE [--checklists DIR]"]);
  });

  it("reads extra checklist folders given with --checklists", async () => {
    const broken = brokenCopy("checklist: skr-10", "checklist: test-13");
    const without = fakeIo();
    expect(await validate([broken.file], without.io)).toBe(2);
    const withFolder = fakeIo();
    expect(await validate([broken.file, "--checklists", "test/fixtures/checklists"], withFolder.io)).toBe(0);
    expect(withFolder.out[0]).toMatch(/checklist test-13 \(13 points, scale 1–3\)/);
  });
});

describe("npm run cli -- plan", () => {
  it("prints every message a tick can send as JSON: reminders for all five meetings, invitations, summaries, late notices", async () => {
    const { code, stdout } = await runCli(["plan", EXAMPLE, "--json"]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as PlanEntry[];
    const of = (kind: string) => entries.filter((e) => e.kind === kind);
    // Per cluster: members × 5 meetings × 3 kinds; 3 invitations and their copies; a summary per
    // benchmarking meeting; a late notice and its copy per meeting.
    const reminders = 3 * 5 * 3 + 4 * 5 * 3;
    expect(entries).toHaveLength(reminders + 2 * (3 + 3) + 2 * 3 + 2 * 2 * 5);
    expect(of("host-invitation-copy").every((e) => e.to === "project-managers")).toBe(true);
    expect(of("cluster-summary").every((e) => e.to === "mentor")).toBe(true);
    expect(of("late-notice")).toHaveLength(10);
    expect(of("late-notice-copy").every((e) => e.to === "project-managers")).toBe(true);
    expect(Object.keys(entries.find((e) => e.meeting === "benchmarking-1") ?? {}).sort()).toEqual(
      [
        "at",
        "cluster",
        "deadline",
        "items",
        "kind",
        "meeting",
        "meetingDate",
        "organisation",
        "presentationDeadline",
        "round",
        "to",
      ].sort(),
    );
    const times = entries.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(entries.map((r) => r.round))).toEqual(new Set(["modellkommuner-2027"]));
  });

  it("lists reminders for the start-up description, the step-6 statistics and the final self-assessment", async () => {
    const { io, out } = fakeIo();
    expect(await plan([EXAMPLE, "--json"], io)).toBe(0);
    const entries = JSON.parse(out.join("\n")) as PlanEntry[];
    const remindersOf = (item: string) =>
      entries.filter((e) => e.to === "organisation" && e.items.includes(item as never));
    const statistics = remindersOf("statistics");
    expect(statistics).toHaveLength(7 * 3);
    expect(new Set(statistics.map((e) => e.meeting))).toEqual(new Set(["benchmarking-3"]));
    const description = remindersOf("description");
    expect(description).toHaveLength(7 * 3);
    expect(new Set(description.map((e) => e.deadline))).toEqual(new Set(["2027-01-27"]));
    const final = entries.filter((e) => e.to === "organisation" && e.meeting === "results-conference");
    expect(final).toHaveLength(7 * 3);
    expect(final.every((e) => e.items.includes("assessment") && e.deadline === "2027-12-02")).toBe(true);
  });

  it("lists every kind of message a tick can send, and the README documents each", async () => {
    const { io, out } = fakeIo();
    expect(await plan([EXAMPLE, "--json"], io)).toBe(0);
    const entries = JSON.parse(out.join("\n")) as PlanEntry[];
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(Object.keys(SCHEDULED_KINDS)));
    for (const e of entries) expect(e.to).toBe(SCHEDULED_KINDS[e.kind]);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const kind of Object.keys(SCHEDULED_KINDS)) expect(readme, kind).toContain(`| \`${kind}\` |`);
  });

  it("gives every host invitation the presentation deadline of its meeting's week-before reminders", async () => {
    const { io, out } = fakeIo();
    expect(await plan([EXAMPLE, "--json"], io)).toBe(0);
    const entries = JSON.parse(out.join("\n")) as PlanEntry[];
    const invitations = entries.filter((e) => e.kind.startsWith("host-invitation"));
    expect(invitations).toHaveLength(12);
    for (const invitation of invitations) {
      const weekBefore = entries.filter(
        (e) =>
          e.kind === "deadline-in-7-days" &&
          e.cluster === invitation.cluster &&
          e.meeting === invitation.meeting,
      );
      expect(weekBefore.length).toBeGreaterThan(2);
      for (const e of weekBefore) expect(invitation.presentationDeadline).toBe(e.deadline);
      expect(invitation.meetingDate).toBe(weekBefore[0]?.meetingDate);
    }
  });

  it("crosses both clock changes in the example: +01:00 and +02:00 offsets at 09:00", async () => {
    const { io, out } = fakeIo();
    expect(await plan([EXAMPLE, "--json"], io)).toBe(0);
    const reminders = JSON.parse(out.join("\n")) as PlanEntry[];
    const kalmar = (meeting: string, kind: string) =>
      reminders.find((r) => r.organisation === "kalmar" && r.meeting === meeting && r.kind === kind)?.at;
    expect(kalmar("benchmarking-1", "deadline-today")).toBe("2027-03-25T09:00:00.000+01:00");
    expect(kalmar("benchmarking-1", "overdue")).toBe("2027-03-30T09:00:00.000+02:00");
    expect(kalmar("benchmarking-3", "deadline-in-7-days")).toBe("2027-10-25T09:00:00.000+02:00");
    expect(kalmar("benchmarking-3", "deadline-today")).toBe("2027-11-01T09:00:00.000+01:00");
    expect(reminders.every((r) => /T09:00:00\.000\+0[12]:00$/.test(r.at))).toBe(true);
  });

  it("prints a table in time order by default, one row per reminder", async () => {
    const { io, out } = fakeIo();
    expect(await plan([EXAMPLE], io)).toBe(0);
    expect(out[0]).toMatch(
      /^when \(local time\)\s+cluster\s+organisation\s+meeting\s+kind\s+to\s+due\s+items$/,
    );
    expect(out[1]).toMatch(
      /^2027-01-20 Wed 09:00 \+01:00\s+kalmar\s+kalmar\s+start-up\s+deadline-in-7-days\s+organisation\s+2027-01-27\s+description$/,
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /^2027-03-22 Mon 09:00 \+01:00\s+kalmar\s+karlskrona\s+benchmarking-1\s+host-invitation\s+host\s+2027-03-29$/,
      ),
    );
    expect(out).toHaveLength(1 + 143 + 1);
    expect(out.at(-1)).toBe("143 messages");
  });

  it("exits 2 on a broken round file and prints no plan", async () => {
    const broken = brokenCopy("{ date: 2027-05-13", "{ date: 2027-03-01");
    const { io, out, err } = fakeIo();
    expect(await plan([broken.file, "--json"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toContain(`:${broken.line}: clusters[0].meetings.benchmarking-2.date:`);
  });
});

describe("the command dispatcher", () => {
  const SYNOPSES = [
    "validate FILE [--checklists DIR]",
    "plan FILE [--json] [--checklists DIR]",
    "cards --out DIR [ROUND-FILE] [--checklist FILE] [--checklists DIR]",
    "import FILE [--checklists DIR]",
    "export --round ID --format csv|json|md|xlsx [--out FILE] [--separator ';'|','] [--language sv|en]",
    "remind --now <ISO 8601 instant, e.g. 2027-03-31T09:00:00+02:00>",
    "backup --out FILE",
    "audit --round ID [--since YYYY-MM-DD] [--json]",
    "accounts show|forget --platform slack|teams --workspace ID --user ID",
    "dashboard revoke (--email ADDRESS | --all)",
    "calendar --round ID (--organisation ID | --cluster ID) [--out FILE] [--language sv|en]",
  ];

  it.each(["--help", "help"])(
    "prints the help on stdout and exits 0 for %s: every command and the language rule",
    async (arg) => {
      const { code, stdout, stderr } = await runCli([arg]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout.trim().split("\n")).toEqual([
        "usage: modellbot <command> [options] (or npm run cli -- <command> …)",
        "commands:",
        ...SYNOPSES.map((line) => `  ${line}`),
        expect.stringMatching(/^Language: the first of LC_ALL, LC_MESSAGES and LANG that is set;/),
      ]);
    },
  );

  it("helps in Swedish when LC_ALL, LC_MESSAGES or LANG, the first one set, is Swedish", async () => {
    const swedish = await runCli(["--help"], { LANG: "C.UTF-8", LC_MESSAGES: "sv_SE.UTF-8" });
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toMatch(/^användning: modellbot <kommando> /);
    expect(swedish.stdout).toContain("  validate FIL [--checklists MAPP]\n");
    expect(swedish.stdout).toContain("Språket: det första av LC_ALL, LC_MESSAGES och LANG som är satt;");
    // LC_ALL comes first: C means English even with a Swedish LANG.
    const english = await runCli(["help"], { LC_ALL: "C", LANG: "sv_SE.UTF-8" });
    expect(english.stdout).toMatch(/^usage: modellbot <command> /);
  });

  it("shows the help on stderr and exits 2 without a command", async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^usage: modellbot <command> /);
    expect(stderr).toContain(`  ${SYNOPSES[0]}\n`);
  });

  it("names an unknown command, shows the help on stderr and exits 2", async () => {
    const { code, stdout, stderr } = await runCli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").slice(0, 2)).toEqual([
      "unknown command: frobnicate",
      "usage: modellbot <command> [options] (or npm run cli -- <command> …)",
    ]);
    // Not a command, though every object has one of that name.
    expect((await runCli(["constructor"])).stderr).toContain("unknown command: constructor");
  });
});
