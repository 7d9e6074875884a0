// Issue #16, failure 9, on Slack forms with the real engine: a value that is not a string was dropped and
// the rest of the form saved without it; a view id of a megabyte was taken as part of a key. Now the
// field is refused by name and nothing is saved, and a payload whose ids are not Slack's is not handled.
import { afterEach, beforeEach, expect, it } from "vitest";
import { type ExampleRoundBot, KARLSTAD, NADIA, startExampleRoundBot } from "./example-round-bot.ts";
import { scoredState, slashCommandFrom, viewSubmissionOf } from "./example-round-payloads.ts";
import { FORM, payloadForm } from "./signed-request.ts";

const NOW = "2027-03-10T09:00:00Z";
const SCORES = [3, 2, 2, 3, 2, 2, 3, 2, 2, 3];
type ModalView = Parameters<typeof scoredState>[0];

let bot: ExampleRoundBot;
beforeEach(async () => {
  bot = await startExampleRoundBot(NOW);
});
afterEach(() => bot.close());

async function openedView(): Promise<ModalView> {
  await bot.send(slashCommandFrom(NADIA, KARLSTAD, "bedöm", bot.slack.responseUrl("n")), FORM);
  await bot.adapter.settled();
  return bot.slack.callsTo("views.open").at(-1)?.body.view as ModalView;
}

it("refuses a score that is not a string by its block, and stores nothing", async () => {
  const view = await openedView();
  const state = scoredState(view, SCORES);
  const [firstScore] = Object.keys(state).filter((id) => id.startsWith("score:"));
  const element = Object.values(state[firstScore ?? ""] ?? {})[0] as Record<string, unknown>;
  element.selected_option = { value: { $gt: "" } };
  const body = viewSubmissionOf(NADIA, KARLSTAD, view, { viewId: "V0TYPE0001", hash: "h1" }, state);
  const response = await bot.send(payloadForm(body), FORM);
  expect(response.json()).toMatchObject({
    response_action: "errors",
    errors: { [firstScore ?? "?"]: expect.any(String) },
  });
  expect(await bot.store.listAssessments(bot.roundId, "karlstad")).toEqual([]);
});

it("does not handle a submission whose view id is a megabyte long", async () => {
  const view = await openedView();
  const body = viewSubmissionOf(
    NADIA,
    KARLSTAD,
    view,
    { viewId: `V${"0".repeat(1024 * 1024)}`, hash: "h2" },
    scoredState(view, SCORES),
  );
  const response = await bot.send(payloadForm(body), FORM);
  await bot.adapter.settled();
  expect(response.status).toBe(200);
  expect(await bot.store.listAssessments(bot.roundId, "karlstad")).toEqual([]);
});
