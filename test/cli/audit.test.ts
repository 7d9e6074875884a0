// `npm run cli -- audit` and `accounts`: what a project manager reads back and decides, on the real store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { accountsCommand } from "../../src/cli/commands/accounts.ts";
import { auditCommand } from "../../src/cli/commands/audit.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { openStore } from "../../src/store/open-store.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-audit-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(language = "en") {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { DATA_DIR: dir, LANG: language === "sv" ? "sv_SE.UTF-8" : "en_GB.UTF-8" },
    cwd: dir,
  };
  return { io: value, out, err };
}

async function seed(): Promise<void> {
  const store = await openStore({ dataDir: dir });
  const who = {
    platform: "slack",
    workspace: "t06hx9rm4pb",
    userId: "U06FAKESARA",
    email: "sara.holm@skr.example",
  };
  await store.appendAudit({
    roundId: "r",
    at: "2027-03-09T08:00:00.000Z",
    action: "setstep",
    who,
    what: "setstep 3",
    clusterId: "kalmar",
  });
  await store.appendAudit({
    roundId: "r",
    at: "2027-03-10T08:00:00.000Z",
    action: "refused",
    who,
    what: "status",
    notified: true,
  });
  await store.appendAudit({
    roundId: "other",
    at: "2027-03-10T09:00:00.000Z",
    action: "export",
    who,
    what: "export csv",
  });
  await store.bindAccount({
    platform: "teams",
    workspace: "5930cf28",
    userId: "aad-lars",
    email: "lars@k.example",
    boundAt: "2027-03-01T00:00:00.000Z",
  });
  await store.close();
}

describe("audit", () => {
  it("prints the round's entries oldest first, with who, from where and what", async () => {
    await seed();
    const run = io();
    expect(await auditCommand(["--round", "r"], run.io)).toBe(0);
    expect(run.out[0]).toMatch(/^when \(UTC\)\s+action\s+who\s+from\s+target\s+what$/);
    expect(run.out[1]).toMatch(
      /^2027-03-09 08:00:00\s+setstep\s+sara\.holm@skr\.example\s+slack t06hx9rm4pb U06FAKESARA\s+kalmar\s+setstep 3$/,
    );
    expect(run.out[2]).toMatch(/refused .* status$/);
    expect(run.out.at(-1)).toBe("2 entries");
  });

  it("filters by --since and gives JSON", async () => {
    await seed();
    const run = io();
    expect(await auditCommand(["--round", "r", "--since", "2027-03-10", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.out.join("\n")).map((e: { what: string }) => e.what)).toEqual(["status"]);
  });

  it("explains its usage in Swedish and exits 2 without a round or with a bad date", async () => {
    const run = io("sv");
    expect(await auditCommand([], run.io)).toBe(2);
    expect(await auditCommand(["--round", "r", "--since", "10 mars"], run.io)).toBe(2);
    expect(run.err[0]).toMatch(/^användning: audit --round ID/);
  });
});

describe("accounts", () => {
  it("shows a recognised account and forgets it on a project manager's word", async () => {
    await seed();
    const show = io();
    const where = ["--platform", "teams", "--workspace", "5930CF28", "--user", "aad-lars"];
    expect(await accountsCommand(["show", ...where], show.io)).toBe(0);
    expect(show.out).toEqual(["known as lars@k.example since 2027-03-01T00:00:00.000Z"]);
    const forget = io();
    expect(await accountsCommand(["forget", ...where], forget.io)).toBe(0);
    expect(await accountsCommand(["show", ...where], forget.io)).toBe(1);
    expect(forget.out.at(-1)).toBe("the account is not known");
  });
});
