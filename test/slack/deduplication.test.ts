// The same interaction delivered four times (the original and retries 1–3) reaches the engine once and
// is answered once, whether the deliveries come one after another or all at once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assessmentForm, confirmationCard } from "./cards.ts";
import { type Harness, startHarness } from "./harness.ts";
import { blockActions, ORG_CHANNEL, viewSubmission } from "./payloads.ts";
import { FORM, payloadForm } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const retryHeaders = (n: number): Record<string, string> =>
  n === 0 ? {} : { "x-slack-retry-num": String(n), "x-slack-retry-reason": "timeout" };

describe.each(["sequential", "concurrent"] as const)("the same action delivered 4 times (%s)", (mode) => {
  async function deliver4(body: string) {
    const sends = [0, 1, 2, 3].map((n) => () => h.send(body, FORM, { headers: retryHeaders(n) }));
    const responses =
      mode === "concurrent" ? await Promise.all(sends.map((s) => s())) : await sendInTurn(sends);
    await h.adapter.settled();
    return responses;
  }

  it("a button press: one engine call, one modal opened", async () => {
    h.reply(() => [{ type: "form", card: assessmentForm() }]);
    const responses = await deliver4(payloadForm(blockActions("bedöm", h.slack.responseUrl("d1"))));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(h.engineEvents).toHaveLength(1);
    expect(h.slack.callsTo("views.open")).toHaveLength(1);
  });

  // A submission's own idempotency key keeps its write single (the store's test and the example-round
  // test show one stored version); every delivery is answered with the confirmation, so that the person
  // sees it whichever ack reaches them, and a follow-up post goes out once.
  it("a modal submission: a confirmation for every delivery, one follow-up post", async () => {
    h.reply(() => [
      { type: "form-accepted", card: confirmationCard() },
      { type: "message", card: confirmationCard() },
    ]);
    const metadata = JSON.stringify({ roundId: "round-2026", _slack_channel: ORG_CHANNEL });
    const responses = await deliver4(payloadForm(viewSubmission("self-assessment", metadata, {})));
    expect(responses.filter((r) => r.body.includes('"response_action":"update"'))).toHaveLength(4);
    expect(h.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("a different press of the same button is a new action", async () => {
    await deliver4(payloadForm(blockActions("status", h.slack.responseUrl("d2"), "1700000999.000001")));
    await h.send(payloadForm(blockActions("status", h.slack.responseUrl("d3"), "1700001000.000002")), FORM);
    await h.adapter.settled();
    expect(h.engineEvents).toHaveLength(2);
  });
});

async function sendInTurn<T>(sends: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const send of sends) results.push(await send());
  return results;
}
