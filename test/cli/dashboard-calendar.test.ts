// `npm run cli -- dashboard revoke` and `calendar`: what an operator runs, on the real store.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical, { type VEvent } from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ROUND } from "../../src/app.ts";
import { calendarCommand } from "../../src/cli/commands/calendar.ts";
import { dashboardCommand } from "../../src/cli/commands/dashboard.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { openStore } from "../../src/store/open-store.ts";

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-cli-dashboard-"));
  const loaded = await loadRoundFile(EXAMPLE_ROUND);
  if (!loaded.ok) throw new Error("the example round is valid");
  const store = await openStore({ dataDir: dir });
  await store.saveRound(loaded.round);
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { DATA_DIR: dir, LANG: "en_GB.UTF-8" },
    cwd: dir,
  };
  return { io: value, out, err };
}

async function revocations() {
  const store = await openStore({ dataDir: dir });
  try {
    return await store.listDashboardRevocations();
  } finally {
    await store.close();
  }
}

describe("dashboard revoke", () => {
  it("revokes one person's links or everyone's, and refuses anything else with the usage", async () => {
    const one = io();
    expect(await dashboardCommand(["revoke", "--email", "Anna.Lind@kalmar.example"], one.io)).toBe(0);
    expect(one.out).toEqual(["every dashboard link given to anna.lind@kalmar.example until now is revoked"]);
    const all = io();
    expect(await dashboardCommand(["revoke", "--all"], all.io)).toBe(0);
    expect((await revocations()).map((r) => r.email)).toEqual(["anna.lind@kalmar.example", undefined]);
    for (const wrong of [[], ["revoke"], ["revoke", "--all", "--email", "x@y"], ["forget", "--all"]]) {
      const bad = io();
      expect(await dashboardCommand(wrong, bad.io)).toBe(2);
      expect(bad.err.join("\n")).toMatch(/usage: dashboard revoke/);
    }
    expect(await revocations()).toHaveLength(2);
  });
});

describe("calendar", () => {
  it("writes an organisation's meetings and deadlines as an .ics file that an independent parser reads", async () => {
    const run = io();
    const args = ["--round", "modellkommuner-2027", "--organisation", "karlskrona", "--out", "k.ics"];
    expect(await calendarCommand(args, run.io)).toBe(0);
    const events = Object.values(ical.sync.parseICS(readFileSync(join(dir, "k.ics"), "utf8"))).filter(
      (e): e is VEvent => e?.type === "VEVENT",
    );
    // Five meetings, the start-up description, three presentation deadlines, four self-assessment
    // deadlines, three PDSA updates (before meetings 2 and 3 and the results conference), the statistics.
    expect(events).toHaveLength(17);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(17);
    expect(uids).toContain("modellkommuner-2027.karlskrona.start-up.description@modellbot");
    expect(uids).toContain("modellkommuner-2027.karlskrona.benchmarking-1.presentation@modellbot");
    const start = events.find((e) => e.uid === "modellkommuner-2027.karlskrona.start-up.meeting@modellbot");
    expect(start?.datetype).toBe("date");
  });

  it("says which organisations exist when the one named does not", async () => {
    const run = io();
    expect(
      await calendarCommand(["--round", "modellkommuner-2027", "--organisation", "nowhere"], run.io),
    ).toBe(2);
    expect(run.err.join("\n")).toMatch(/nowhere is not in the round; choose from: kalmar, karlskrona/);
  });
});
