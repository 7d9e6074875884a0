// `npm run cli -- import FILE`, driven through the command itself as the CLI would.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importCommand } from "../../src/cli/commands/import.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { openStore } from "../../src/store/open-store.ts";
import { pdsaUpdate, submission } from "./sample-data.ts";

const EXAMPLE = join(import.meta.dirname, "../../examples/round-2027.yaml");
const root = mkdtempSync(join(tmpdir(), "modellbot-import-"));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace() {
  const cwd = join(root, `ws-${++n}`);
  mkdirSync(cwd, { recursive: true });
  const out: string[] = [];
  const err: string[] = [];
  const io = (env: Record<string, string> = {}): CliIo => ({
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env,
    cwd,
  });
  return { cwd, out, err, io };
}

async function run(ws: ReturnType<typeof workspace>, args: string[], env?: Record<string, string>) {
  ws.out.length = 0;
  ws.err.length = 0;
  return importCommand(args, ws.io(env));
}

describe("import command", () => {
  it("imports a round once, then reports the same file as unchanged", async () => {
    const ws = workspace();
    copyFileSync(EXAMPLE, join(ws.cwd, "round.yaml"));
    expect(await run(ws, ["round.yaml"])).toBe(0);
    expect(ws.out[0]).toMatch(/^imported: round modellkommuner-2027 .* into .*data\/modellbot\.sqlite$/);
    expect(await run(ws, ["round.yaml"])).toBe(0);
    expect(ws.out[0]).toMatch(/^unchanged: round modellkommuner-2027/);
  });

  it("updates a changed date and leaves assessments and PDSA history alone", async () => {
    const ws = workspace();
    const file = join(ws.cwd, "round.yaml");
    copyFileSync(EXAMPLE, file);
    const env = { DATA_DIR: "state" };
    expect(await run(ws, ["round.yaml"], env)).toBe(0);
    const before = await openStore({ dataDir: join(ws.cwd, "state") });
    const roundId = "modellkommuner-2027";
    await before.submitAssessment(submission("a1", { roundId, organisationId: "kalmar" }));
    await before.savePdsaUpdate(pdsaUpdate("p1", { roundId, organisationId: "kalmar" }));
    await before.close();

    const yaml = readFileSync(file, "utf8");
    expect(yaml).toContain("resultsConference: 2027-12-09");
    writeFileSync(file, yaml.replace("resultsConference: 2027-12-09", "resultsConference: 2027-12-10"));
    expect(await run(ws, ["round.yaml"], env)).toBe(0);
    expect(ws.out[0]).toMatch(/^imported: round modellkommuner-2027/);

    const after = await openStore({ dataDir: join(ws.cwd, "state") });
    expect((await after.getRound(roundId))?.resultsConference).toBe("2027-12-10");
    expect((await after.listAssessments(roundId)).map((a) => a.idempotencyKey)).toEqual(["a1"]);
    expect((await after.listPdsa(roundId)).map((u) => u.idempotencyKey)).toEqual(["p1"]);
    await after.close();
  });

  it("stores nothing from a file with errors and points at the line", async () => {
    const ws = workspace();
    const yaml = readFileSync(EXAMPLE, "utf8").replace(
      "timeZone: Europe/Stockholm",
      "timeZone: Mars/Olympus",
    );
    writeFileSync(join(ws.cwd, "broken.yaml"), yaml);
    expect(await run(ws, ["broken.yaml"])).toBe(2);
    expect(ws.err.join("\n")).toMatch(/^broken\.yaml:\d+: timeZone: /m);
    const store = await openStore({ dataDir: join(ws.cwd, "data") });
    expect(await store.listRounds()).toEqual([]);
    await store.close();
  });

  it("explains its usage, in Swedish when the shell is Swedish", async () => {
    const ws = workspace();
    expect(await run(ws, [], { LANG: "sv_SE.UTF-8" })).toBe(2);
    expect(ws.err).toEqual(["användning: import FIL [--checklists MAPP]"]);
  });

  it("says what to do when the data file cannot be used", async () => {
    const ws = workspace();
    mkdirSync(join(ws.cwd, "data"));
    copyFileSync(EXAMPLE, join(ws.cwd, "round.yaml"));
    writeFileSync(join(ws.cwd, "data", "modellbot.sqlite"), "not a database ".repeat(100));
    expect(await run(ws, ["round.yaml"])).toBe(1);
    expect(ws.err[0]).toContain("restore the file from a backup");
  });
});
