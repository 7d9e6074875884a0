// Issue #16, failure 6, on Teams: a form whose save outlasts the invoke's budget is answered within
// Teams' limit with a "being saved" note, and the confirmation follows as a post in the conversation when
// the save has ended (or a note to send again when it failed).
import { afterEach, expect, it } from "vitest";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { INVOKE_STILL_SAVING } from "../../src/adapters/teams/teams-turn.ts";
import type { Reply } from "../../src/engine/events.ts";
import { cardAction } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { scoreForm, textCard } from "./stand-in-engine.ts";

let h: Harness;
afterEach(async () => h.stop());

const confirmation = textCard("ok", "Tack!", "Självskattningen är sparad / Saved");

function slowEngine(ms: number, outcome: () => Reply[]) {
  return {
    handle: async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return outcome();
    },
  };
}

function submit() {
  const card = renderAdaptive(scoreForm()) as { actions: { data: Record<string, unknown> }[] };
  const data = { ...card.actions[0]?.data, "point-1": "3" };
  return h.post(
    cardAction({
      serviceUrl: h.connector.serviceUrl,
      id: "slow:1",
      verb: "form:self-assessment",
      data,
      replyToId: "1700",
    }),
  );
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

it("answers within the budget with a note, then posts the confirmation when the save has ended", async () => {
  h = await startHarness({
    engine: slowEngine(300, () => [{ type: "form-accepted", card: confirmation }]),
    invokeBudgetMs: 50,
  });
  const started = performance.now();
  const res = await submit();
  const answeredMs = performance.now() - started;
  expect(res.body).toEqual({
    statusCode: 200,
    type: "application/vnd.microsoft.activity.message",
    value: INVOKE_STILL_SAVING,
  });
  expect(answeredMs).toBeLessThan(300);
  await until(() => h.connector.activities.length > 0);
  expect(h.connector.activities.map((a) => a.activity.text)).toEqual([confirmation.summary]);
});

it("posts a note to send again when the slow save failed", async () => {
  h = await startHarness({
    engine: slowEngine(200, () => {
      throw new Error("disk full");
    }),
    invokeBudgetMs: 50,
  });
  await submit();
  await until(() => h.connector.activities.length > 0);
  expect(String(h.connector.activities[0]?.activity.text)).toMatch(/send it again/);
});
