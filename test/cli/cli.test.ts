import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { plan } from "../../src/cli/commands/plan.ts";
import { validate } from "../../src/cli/commands/validate.ts";
import type { CliIo } from "../../src/cli/io.ts";
import type { PlannedReminder } from "../../src/domain/reminder-plan.ts";

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
  it("accepts the example round with a one-line summary and exit code 0", async () => {
    const { code, stdout } = await runCli(["validate", EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      "examples/round-2027.yaml: OK: round modellkommuner-2027, 2 clusters, 7 organisations, checklist skr-10 (10 points, scale 1–3)",
    );
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
    expect(err).toEqual([expect.stringMatching(/^round\.yaml:\d+: timeZone: unknown time zone/)]);
    // The time zone is structural, so it is reported first; fixing it shows the other two.
    writeFileSync(join(dir, "round.yaml"), text.replace("Mars/Olympus", "Europe/Stockholm"));
    const second = fakeIo();
    expect(await validate(["round.yaml"], { ...second.io, cwd: dir })).toBe(2);
    expect(second.err).toEqual([
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
  it("prints the full schedule as JSON: per cluster, members × 3 meetings × 3 kinds + 3 invitations", async () => {
    const { code, stdout } = await runCli(["plan", EXAMPLE, "--json"]);
    expect(code).toBe(0);
    const reminders = JSON.parse(stdout) as PlannedReminder[];
    expect(reminders).toHaveLength(3 * 3 * 3 + 3 + (4 * 3 * 3 + 3));
    expect(Object.keys(reminders[0] ?? {}).sort()).toEqual(
      ["at", "cluster", "deadline", "kind", "meeting", "organisation", "round"].sort(),
    );
    const times = reminders.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(reminders.map((r) => r.round))).toEqual(new Set(["modellkommuner-2027"]));
  });

  it("crosses both clock changes in the example: +01:00 and +02:00 offsets at 09:00", async () => {
    const { io, out } = fakeIo();
    expect(await plan([EXAMPLE, "--json"], io)).toBe(0);
    const reminders = JSON.parse(out.join("\n")) as PlannedReminder[];
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
    expect(out[0]).toMatch(/^when \(local time\)\s+cluster\s+organisation\s+meeting\s+kind\s+due$/);
    expect(out[1]).toMatch(
      /^2027-03-22 Mon 09:00 \+01:00\s+kalmar\s+kalmar\s+benchmarking-1\s+deadline-in-7-days\s+2027-03-29$/,
    );
    expect(out).toHaveLength(1 + 69 + 1);
    expect(out.at(-1)).toBe("69 reminders");
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
  it("shows the usage and exits 2 on an unknown command", async () => {
    const { code, stderr } = await runCli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain("usage: modellbot <command>");
    expect(stderr).toContain("validate, plan");
  });
});
