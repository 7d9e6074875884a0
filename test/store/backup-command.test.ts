// `npm run cli -- backup --out FILE`: a copy of the embedded store taken while it is open and being
// written, that opens as a store with everything acknowledged before the backup began.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { backupCommand } from "../../src/cli/commands/backup.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { DATA_FILE_NAME } from "../../src/store/embedded/open-embedded-store.ts";
import { openStore } from "../../src/store/open-store.ts";
import { sampleRound, submission } from "./sample-data.ts";

const ROOT = join(import.meta.dirname, "../..");
const root = mkdtempSync(join(tmpdir(), "modellbot-backup-"));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(env: Record<string, string> = {}) {
  const cwd = join(root, `ws-${++n}`);
  mkdirSync(cwd, { recursive: true });
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: "C", ...env }, cwd };
  return { cwd, out, err, io };
}

/** Opens a backup file as a store of its own, as an operator restoring it would. */
async function restore(file: string) {
  const dataDir = join(root, `restored-${++n}`);
  mkdirSync(dataDir);
  copyFileSync(file, join(dataDir, DATA_FILE_NAME));
  return openStore({ dataDir });
}

describe("backup command", () => {
  it("copies the open store while it is written, and the copy opens with everything in it", async () => {
    const ws = workspace({ DATA_DIR: "state" });
    const store = await openStore({ dataDir: join(ws.cwd, "state") });
    try {
      await store.saveRound(sampleRound());
      for (let i = 0; i < 50; i++) await store.submitAssessment(submission(`before-${i}`));
      // The bot keeps writing while the backup runs.
      const writing = (async () => {
        for (let i = 0; i < 50; i++) await store.submitAssessment(submission(`during-${i}`));
      })();
      expect(await backupCommand(["--out", "backups/copy.sqlite"], ws.io)).toBe(0);
      await writing;
      expect(ws.out[0]).toMatch(
        /^wrote .*backups\/copy\.sqlite \(\d+ bytes, checked\) from .*state\/modellbot\.sqlite$/,
      );
    } finally {
      await store.close();
    }
    const copy = await restore(join(ws.cwd, "backups", "copy.sqlite"));
    try {
      expect(await copy.getRound("round-2027")).toStrictEqual(sampleRound());
      const keys = (await copy.listAssessments("round-2027")).map((a) => a.idempotencyKey);
      for (let i = 0; i < 50; i++) expect(keys).toContain(`before-${i}`);
      // One consistent moment: versions are numbered without a gap, whatever was written meanwhile.
      const versions = (await copy.listAssessments("round-2027")).map((a) => a.version);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    } finally {
      await copy.close();
    }
  });

  it("never overwrites a file, and writes nothing without a store or with MongoDB", async () => {
    const ws = workspace({ DATA_DIR: "state" });
    const store = await openStore({ dataDir: join(ws.cwd, "state") });
    await store.close();
    expect(await backupCommand(["--out", "one.sqlite"], ws.io)).toBe(0);
    expect(await backupCommand(["--out", "one.sqlite"], ws.io)).toBe(2);
    expect(ws.err.at(-1)).toMatch(/one\.sqlite already exists: choose a new file name/);

    const empty = workspace({ DATA_DIR: "nothing-here" });
    expect(await backupCommand(["--out", "x.sqlite"], empty.io)).toBe(2);
    expect(empty.err).toEqual([expect.stringMatching(/no embedded store at .*nothing-here.*check DATA_DIR/)]);

    const mongo = workspace({ MONGODB_URI: "mongodb://user:secret@db.example:27017/modellbot" });
    expect(await backupCommand(["--out", "x.sqlite"], mongo.io)).toBe(2);
    expect(mongo.err[0]).toMatch(/mongodump/);
    expect(mongo.err[0]).not.toContain("secret");
    expect([existsSync(join(empty.cwd, "x.sqlite")), existsSync(join(mongo.cwd, "x.sqlite"))]).toEqual([
      false,
      false,
    ]);
  });

  it("answers in Swedish and shows its usage without --out", async () => {
    const ws = workspace({ LANG: "sv_SE.UTF-8" });
    expect(await backupCommand([], ws.io)).toBe(2);
    expect(ws.err).toEqual(["användning: backup --out FIL"]);
  });

  it("is a command of the CLI", async () => {
    const ws = workspace();
    const store = await openStore({ dataDir: join(ws.cwd, "data") });
    await store.saveRound(sampleRound());
    await store.close();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "backup", "--out", join(ws.cwd, "cli.sqlite")],
      { cwd: ROOT, env: { ...process.env, LANG: "C", DATA_DIR: join(ws.cwd, "data"), MONGODB_URI: "" } },
    );
    expect(stdout).toMatch(/^wrote .*cli\.sqlite/);
    const copy = await restore(join(ws.cwd, "cli.sqlite"));
    expect((await copy.listRounds()).map((r) => r.id)).toEqual(["round-2027"]);
    await copy.close();
  });
});
