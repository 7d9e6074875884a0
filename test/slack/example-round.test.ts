// End to end with the REAL engine on the embedded store and the example round: Karlstad (its own Slack
// workspace and token) fills in its baseline self-assessment in a modal, and the mentor in Örnsköldsvik's
// workspace sees the new total. Every request is signed and goes through the adapter's HTTP route.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ackMessage } from "./ack-message.ts";
import {
  type ExampleRoundBot,
  HELENA,
  KARLSTAD,
  NADIA,
  ORNSKOLDSVIK,
  startExampleRoundBot,
} from "./example-round-bot.ts";
import { scoredState, slashCommandFrom, viewSubmissionOf } from "./example-round-payloads.ts";
import { FORM, payloadForm } from "./signed-request.ts";

/** Inside the baseline round of cluster ornskoldsvik (benchmarking meeting 1 is on 8 April 2027). */
const NOW = "2027-03-10T09:00:00Z";
/** 3+2+2+3+2+2+3+2+2+3 = 24 of 30. */
const SCORES = [3, 2, 2, 3, 2, 2, 3, 2, 2, 3];

let bot: ExampleRoundBot;
beforeEach(async () => {
  bot = await startExampleRoundBot(NOW);
});
afterEach(() => bot.close());

type ModalView = Parameters<typeof scoredState>[0];

async function openAssessment(): Promise<ModalView> {
  const response = await bot.send(
    slashCommandFrom(NADIA, KARLSTAD, "bedöm", bot.slack.responseUrl("n")),
    FORM,
  );
  expect(response.status).toBe(200);
  await bot.adapter.settled();
  const opened = bot.slack.callsTo("views.open").at(-1);
  if (!opened) throw new Error(`no views.open; calls: ${bot.slack.calls.map((c) => c.method).join(", ")}`);
  return opened.body.view as ModalView;
}

function submission(view: ModalView, viewId: string, scores: (number | string)[] = SCORES): string {
  const opened = { viewId, hash: "1773133200.kArL5tAd" };
  return payloadForm(viewSubmissionOf(NADIA, KARLSTAD, view, opened, scoredState(view, scores)));
}

const karlstadVersions = () => bot.store.listAssessments(bot.roundId, "karlstad");

async function statusOfKarlstad(id: string): Promise<string> {
  const response = await bot.send(
    slashCommandFrom(HELENA, ORNSKOLDSVIK, "status", bot.slack.responseUrl(id)),
    FORM,
  );
  await bot.adapter.settled();
  const sections = JSON.stringify(ackMessage(response)?.blocks ?? []).split("\\n\\n");
  return sections.find((s) => s.includes("Karlstads kommun")) ?? "Karlstad is not in the status";
}

describe("Karlstad's baseline self-assessment over Slack, with the real engine", () => {
  it("/modell bedöm opens the real self-assessment modal, with Karlstad's own token", async () => {
    const view = await openAssessment();
    const [open] = bot.slack.callsTo("views.open");
    expect(open?.token).toBe(KARLSTAD.token);
    expect(bot.slack.callsTo("users.info").map((c) => [c.token, c.answer])).toEqual([[KARLSTAD.token, "ok"]]);
    expect(view.callback_id).toBe("form:self-assessment");
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      organisationId: "karlstad",
      assessmentRound: "baseline",
      _slack_channel: KARLSTAD.channel,
    });
    const scoreInputs = view.blocks.filter((b) => b.type === "input" && b.block_id?.startsWith("score:"));
    expect(scoreInputs).toHaveLength(bot.checklist.points.length);
    // Karlstad's channel is in English.
    expect(JSON.stringify(view)).toContain("Self-assessment");
  });

  it("a submission with every point scored is confirmed in place of the form and stored once", async () => {
    const view = await openAssessment();
    const response = await bot.send(submission(view, "V0KARL0001"), FORM);
    expect(response.json()).toMatchObject({ response_action: "update", view: { type: "modal" } });
    expect(response.body).toContain("24 of 30");
    const versions = await karlstadVersions();
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      assessmentRound: "baseline",
      submittedBy: NADIA.email,
      answers: { [bot.checklist.points[0]?.id ?? "?"]: { score: 3 } },
    });
  });

  it("the same submission delivered 4 times, in turn and then all at once for a new view, stores one version each, and every delivery shows the confirmation", async () => {
    const view = await openAssessment();
    const first = submission(view, "V0KARL0002");
    const inTurn = [];
    for (let delivery = 0; delivery < 4; delivery += 1) inTurn.push(await bot.send(first, FORM));
    const confirmed = (r: { body: string }, total: string) =>
      r.body.includes('"response_action":"update"') && r.body.includes(total);
    expect(inTurn.filter((r) => confirmed(r, "24 of 30"))).toHaveLength(4);
    expect(await karlstadVersions()).toHaveLength(1);

    const again = submission(await openAssessment(), "V0KARL0003", [3, 3, 3, 3, 2, 2, 3, 2, 2, 3]);
    const atOnce = await Promise.all([0, 1, 2, 3].map(() => bot.send(again, FORM)));
    await bot.adapter.settled();
    expect(atOnce.filter((r) => confirmed(r, "26 of 30"))).toHaveLength(4);
    expect((await karlstadVersions()).map((v) => v.version)).toEqual([1, 2]);
  });

  it("a score off the scale is refused on its own block, and nothing is stored", async () => {
    const view = await openAssessment();
    const response = await bot.send(submission(view, "V0KARL0004", [5, ...SCORES.slice(1)]), FORM);
    const firstPoint = `score:${bot.checklist.points[0]?.id}`;
    expect(response.json()).toEqual({
      response_action: "errors",
      errors: { [firstPoint]: expect.stringMatching(/1 to 3/) },
    });
    expect(await karlstadVersions()).toEqual([]);
  });

  it("/modell status by the mentor, in Örnsköldsvik's workspace, shows Karlstad's new total", async () => {
    expect(await statusOfKarlstad("before")).toContain("Summa: –");
    await bot.send(submission(await openAssessment(), "V0KARL0005"), FORM);
    expect(await statusOfKarlstad("after")).toMatch(/Självskattning: klar · Summa: 24\/30/);
    const helenaLookups = bot.slack.callsTo("users.info").filter((c) => c.body.user === HELENA.id);
    expect(helenaLookups.map((c) => [c.token, c.answer])).toContainEqual([ORNSKOLDSVIK.token, "ok"]);
  });
});
