// `remind --now`: one tick against the configured store; a dry run when no platform is configured.
import { afterEach, expect, it } from "vitest";
import { createRemindCommand, remindCommand } from "../../src/cli/commands/remind.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { plan, reminderKey } from "../../src/domain/reminder-plan.ts";
import { openStore } from "../../src/store/open-store.ts";
import { exampleRound, fakeClock, recordingPlatforms, type TempStore, tempStore } from "./fakes.ts";

const NOW = "2027-03-22T09:00:00+01:00";
let temp: TempStore | undefined;
afterEach(async () => temp?.close());

async function storeWithExample(): Promise<TempStore> {
  const t = await tempStore();
  await t.store.saveRound((await exampleRound()).round);
  await t.store.close(); // The command opens the store itself, as an operator's process would.
  return t;
}

function io(dataDir: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: "en_GB.UTF-8", DATA_DIR: dataDir, ...env },
    cwd: dataDir,
  };
  return { cli, out, err };
}

it("prints what would be sent and claims nothing when no platform is configured", async () => {
  temp = await storeWithExample();
  const { cli, out } = io(temp.dataDir);
  expect(await remindCommand(["--now", NOW], cli)).toBe(0);
  expect(out[0]).toBe("platforms: none configured: nothing is sent and nothing is claimed in the outbox");
  const wouldSend = out.filter((l) => l.startsWith("would be sent (not sent)"));
  expect(wouldSend).toContain(
    "would be sent (not sent)  modellkommuner-2027/karlskrona/benchmarking-1/host-invitation → teams 19:09fc5abb686144d68437fba88e774d57@thread.tacv2",
  );
  expect(wouldSend.filter((l) => l.includes("/deadline-in-7-days"))).toHaveLength(3);
  expect(out).toContain("    Påminnelse: en vecka kvar");
  const store = await openStore({ dataDir: temp.dataDir });
  expect(await store.listOutbox()).toEqual([]);
  await store.close();
});

it("sends through the configured platforms and prints what it sent; a second run sends nothing", async () => {
  temp = await storeWithExample();
  const platforms = recordingPlatforms(fakeClock(new Date(NOW)));
  const command = createRemindCommand(() => ({
    senders: { slack: platforms.slack, teams: platforms.teams },
  }));
  const first = io(temp.dataDir);
  expect(await command(["--now", NOW], first.cli)).toBe(0);
  expect(first.out[0]).toBe("platforms: slack, teams");
  expect(first.out.filter((l) => l.startsWith("sent  "))).toHaveLength(platforms.sent.length);
  const { round } = await exampleRound();
  const due = plan(round)
    .filter((r) => Date.parse(r.at) === Date.parse(NOW))
    .map(reminderKey);
  // The project managers get a copy of each invitation in their own channel.
  if (round.projectManagerHome)
    due.push(...due.filter((k) => k.endsWith("host-invitation")).map((k) => `${k}/project-managers`));
  expect(platforms.sent.map((m) => m.key).sort()).toEqual(due.sort());
  const second = io(temp.dataDir);
  await command(["--now", "2027-03-22T09:05:00+01:00"], second.cli);
  expect(second.out.at(-1)).toBe("0 sent, 0 with nothing missing, 0 too late, 0 failed, 0 not sent");
});

it("refuses an instant without a time zone", async () => {
  temp = await storeWithExample();
  const { cli, err } = io(temp.dataDir);
  expect(await remindCommand(["--now", "2027-03-22T09:00"], cli)).toBe(2);
  expect(err[0]).toMatch(/^usage: remind --now/);
});
