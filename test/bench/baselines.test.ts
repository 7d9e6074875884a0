// The benchmark's fairness rests on two claims (issue #24): the equal-work Slack baseline puts the whole
// stack's answer on the wire, byte for byte, and makes one durable write per submission before it answers;
// and the national round the benchmark imports is a round file the real loader accepts. Both are checked
// here, so that a change breaks a test rather than quietly skewing a 15-minute run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roundFile } from "../../bench/national.ts";
import { buildBundles, type ServerChild, spawnServer } from "../../bench/spawn-server.ts";
import { statusRound } from "../../bench/status-round.ts";
import { BUNDLED_CHECKLIST_DIR } from "../../src/round-file/checklist-files.ts";
import { loadRoundFile } from "../../src/round-file/load-round-file.ts";
import { FAKE_BOT_TOKEN } from "../fakes/slack-web-api.ts";
import { FORM, payloadForm, SIGNING_SECRET, sendToSlackRoute } from "../slack/signed-request.ts";

describe("the national round file", () => {
  it("loads through the real round-file loader: a mentor and two organisations per cluster, three people each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "national-round-"));
    try {
      const file = join(dir, "national.yaml");
      writeFileSync(file, roundFile(statusRound("national-test", 12, "skr-10", 2)));
      const loaded = await loadRoundFile(file, { checklistDirs: [BUNDLED_CHECKLIST_DIR] });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors.slice(0, 3)));
      expect(loaded.round.clusters).toHaveLength(12);
      expect(loaded.round.organisations).toHaveLength(36);
      expect(loaded.round.organisations.flatMap((o) => o.people)).toHaveLength(108);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the equal-work Slack baseline", () => {
  const dir = mkdtempSync(join(tmpdir(), "equal-work-"));
  const answer = JSON.stringify({
    response_action: "update",
    view: { type: "modal", title: "Tack, 27 av 30" },
  });
  let bare: ServerChild;

  beforeAll(async () => {
    buildBundles();
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(join(dir, "answer.json"), answer);
    bare = await spawnServer({
      name: "test-equal-work-slack",
      entry: "slack-bare.ts",
      env: {
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
        DATA_DIR: join(dir, "data"),
        BENCH_BARE: "equal",
        BENCH_BARE_BODY_FILE: join(dir, "answer.json"),
      },
    });
  }, 60_000);

  afterAll(async () => {
    await bare?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers a view_submission with the captured answer, byte for byte, after writing one row", async () => {
    // A trimmed view_submission (the baseline reads only its type and view); the full shape, as Slack
    // sends it, is bench/slack-requests.ts's.
    const payload = {
      type: "view_submission",
      team: { id: "T06HX9RM4PB" },
      user: { id: "U07NADIA01" },
      view: { id: "V0B1", hash: "1.a", state: { values: { score: { score: { selected_option: "2" } } } } },
    };
    for (const id of ["V0B1", "V0B2"]) {
      const sent = { ...payload, view: { ...payload.view, id } };
      const response = await sendToSlackRoute(
        `http://127.0.0.1:${bare.port}/slack/events`,
        payloadForm(sent),
        FORM,
      );
      expect(response.status).toBe(200);
      expect(response.body).toBe(answer);
    }
    expect(await bare.storedVersions()).toBe(2);
  });
});
