// The benchmark's fairness rests on two claims (issue #24): each equal-work baseline (bare Bolt, bare
// botbuilder, the bare Teams SDK app) puts the whole stack's answer on the wire, byte for byte, and makes
// one durable write per submission before it answers, while its ack-only mode writes nothing; and the
// national round the benchmark imports is a round file the real loader accepts. Both are checked here, so
// that a change breaks a test rather than quietly skewing a 15-minute run.
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

/** A trimmed `adaptiveCard/action` invoke (the baselines read its type, id and action); the full shape, as the
 * Bot Connector posts it, is bench/teams-requests.ts's. */
function invoke(id: string): string {
  return JSON.stringify({
    type: "invoke",
    name: "adaptiveCard/action",
    id,
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9/",
    from: { id: "29:1lars", aadObjectId: "00000000-0000-0000-0000-0000000000a1", name: "Lars Nyström" },
    recipient: { id: "28:modellbot", name: "Modellbot" },
    conversation: { isGroup: true, conversationType: "channel", tenantId: "t-karlskrona", id: "19:c@thread" },
    value: {
      action: { type: "Action.Execute", verb: "form:assessment", data: { score: "2" } },
      trigger: "manual",
    },
  });
}

for (const entry of ["teams-bare.ts", "teams-sdk-bare.ts"]) {
  describe(`the Teams baselines of ${entry}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "equal-work-teams-"));
    const answer = JSON.stringify({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Tack, 27 av 30" }] },
    });
    const servers: Partial<Record<"equal" | "ack", ServerChild>> = {};

    beforeAll(async () => {
      buildBundles();
      mkdirSync(join(dir, "data"), { recursive: true });
      writeFileSync(join(dir, "answer.json"), answer);
      const spawn = (mode: "equal" | "ack", env: Record<string, string>) =>
        spawnServer({
          name: `test-${mode}-${entry.replace(/\.ts$/, "")}`,
          entry,
          env: { ...env, BENCH_BARE: mode },
        });
      servers.equal = await spawn("equal", {
        DATA_DIR: join(dir, "data"),
        BENCH_BARE_BODY_FILE: join(dir, "answer.json"),
      });
      servers.ack = await spawn("ack", {});
    }, 60_000);

    afterAll(async () => {
      await servers.equal?.stop();
      await servers.ack?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const post = async (server: ServerChild | undefined, id: string) => {
      const response = await fetch(`http://127.0.0.1:${server?.port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: invoke(id),
      });
      return { status: response.status, body: await response.text() };
    };

    it("equal: answers an invoke with the captured answer, byte for byte, after writing one row", async () => {
      for (const id of ["f:1", "f:2"])
        expect(await post(servers.equal, id)).toEqual({ status: 200, body: answer });
      expect(await servers.equal?.storedVersions()).toBe(2);
    });

    it("ack: answers an invoke with 200 and writes nothing", async () => {
      expect((await post(servers.ack, "f:3")).status).toBe(200);
      expect(await servers.ack?.storedVersions()).toBe(0);
    });
  });
}
