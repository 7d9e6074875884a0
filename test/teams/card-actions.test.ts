// Adaptive Card actions: Action.Execute invokes answered with the updated card, and the Action.Submit fallback.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { CHANNEL, cardAction, PERSONAL_CHAT, submitFallback } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { scoreForm, textCard } from "./stand-in-engine.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.stop());

/** What Teams posts back for the form: the Action.Execute's data plus the inputs' values. */
function submitted(score: string): Record<string, unknown> {
  const card = renderAdaptive(scoreForm()) as { actions: { data: Record<string, unknown> }[] };
  return { ...card.actions[0]?.data, "point-1": score };
}

const confirmation = textCard("self-assessment-confirmation", "Tack!", "Självskattningen är sparad / Saved");

describe("a form submitted with Action.Execute", () => {
  it("reaches the engine as form-submitted with values, hidden values and an idempotency key", async () => {
    h.engine.answer = () => [{ type: "form-accepted", card: confirmation }];
    await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:4001",
        verb: "form:self-assessment",
        data: submitted("3"),
        replyToId: "1700",
      }),
    );

    expect(h.engine.events).toEqual([
      expect.objectContaining({
        type: "form-submitted",
        formId: "self-assessment",
        values: { "point-1": "3" },
        hidden: { roundId: "r2025", nonce: "n-42" },
        idempotencyKey: "teams:f:4001:n-42",
        channel: CHANNEL,
      }),
    ]);
  });

  it("is answered with the confirmation card in the invoke response, and nothing else is posted", async () => {
    h.engine.answer = () => [{ type: "form-accepted", card: confirmation }];
    const res = await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:4002",
        verb: "form:self-assessment",
        data: submitted("3"),
        replyToId: "1700",
      }),
    );

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: renderAdaptive(confirmation),
    });
    expect(h.connector.activities).toEqual([]);
  });

  it("is answered with the form and its field errors when refused", async () => {
    const refused = scoreForm("Välj 1, 2 eller 3 / Choose 1, 2 or 3");
    h.engine.answer = () => [
      { type: "form-invalid", errors: { "point-1": "Välj 1, 2 eller 3" }, card: refused },
    ];
    const res = await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:4003",
        verb: "form:self-assessment",
        data: submitted("9"),
        replyToId: "1700",
      }),
    );

    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    expect(JSON.stringify(res.body)).toContain("Välj 1, 2 eller 3 / Choose 1, 2 or 3");
  });

  it("is answered with the refusal in place of the form when the whole submission is refused", async () => {
    const refusal = textCard("notice", "Inte tillåtet", "Du kan bara svara för din egen organisation.");
    h.engine.answer = () => [{ type: "form-refused", card: refusal }];
    const res = await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:4010",
        verb: "form:self-assessment",
        data: submitted("2"),
        replyToId: "1700",
      }),
    );
    expect(res.body).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: renderAdaptive(refusal),
    });
    expect(h.connector.activities).toEqual([]);
  });

  it("is answered again, with the same key, when Teams re-sends the invoke", async () => {
    h.engine.answer = () => [{ type: "form-accepted", card: confirmation }];
    const invoke = cardAction({
      serviceUrl: h.connector.serviceUrl,
      id: "f:4004",
      verb: "form:self-assessment",
      data: submitted("2"),
      replyToId: "1700",
    });
    const first = await h.post(invoke);
    const second = await h.post(invoke);

    expect(second.body).toEqual(first.body);
    const keys = h.engine.events.map((e) => (e.type === "form-submitted" ? e.idempotencyKey : ""));
    expect(keys).toEqual(["teams:f:4004:n-42", "teams:f:4004:n-42"]);
  });
});

describe("an invoke the form path does not take", () => {
  /** A well-formed form invoke, which each test spoils. */
  const formInvoke = (id: string) =>
    cardAction({
      serviceUrl: h.connector.serviceUrl,
      id,
      verb: "form:self-assessment",
      data: submitted("2"),
      replyToId: "1700",
    });

  it("is refused with botbuilder's 400 when its action is not Action.Execute, and reaches no engine", async () => {
    h.engine.answer = () => [{ type: "form-accepted", card: confirmation }];
    const res = await h.post({
      ...formInvoke("f:4005"),
      value: { action: { type: "Action.Submit", data: submitted("2") } },
    });

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, value: { code: "NotSupported" } });
    expect(h.engine.events).toEqual([]);
  });

  for (const value of ["score=3", 3, null, ["point-1"]]) {
    it(`is refused with a clear 400 when its value is ${JSON.stringify(value)}, not an object, and reaches no engine`, async () => {
      const res = await h.post({ ...formInvoke(`f:4007-${String(value)}`), value });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        value: { code: "BadRequest", message: expect.stringMatching(/object value/) },
      });
      expect(h.engine.events).toEqual([]);
    });
  }

  it("is answered 501 when the bot has no handler for its name, and reaches no engine", async () => {
    const res = await h.post({ ...formInvoke("f:4006"), name: "composeExtension/query", value: {} });

    expect(res.status).toBe(501);
    expect(h.engine.events).toEqual([]);
  });
});

describe("a command button (Action.Execute verb command)", () => {
  it("reaches the engine as button-pressed and its reply is posted in the conversation", async () => {
    h.engine.answer = () => [{ type: "form", card: scoreForm() }];
    const res = await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:5001",
        verb: "command",
        data: { command: "assess" },
        replyToId: "1800",
      }),
    );

    expect(h.engine.events[0]).toMatchObject({ type: "button-pressed", command: "assess" });
    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    expect(h.connector.activities).toHaveLength(1);
    expect(h.connector.activities[0]?.activity).toMatchObject({
      attachments: [{ content: renderAdaptive(scoreForm()) }],
    });
  });
});

describe("the Action.Submit fallback", () => {
  it("reaches the engine as the same form submission and the confirmation is posted", async () => {
    h.engine.answer = () => [{ type: "form-accepted", card: confirmation }];
    const card = renderAdaptive(scoreForm()) as {
      actions: { fallback: { data: Record<string, unknown> } }[];
    };
    const data = { ...card.actions[0]?.fallback.data, "point-1": "2" };
    const res = await h.post(
      submitFallback({ serviceUrl: h.connector.serviceUrl, id: "6001", data, replyToId: "1900" }),
    );

    expect(res.status).toBe(200);
    expect(h.engine.events[0]).toMatchObject({
      type: "form-submitted",
      formId: "self-assessment",
      values: { "point-1": "2" },
      hidden: { roundId: "r2025", nonce: "n-42" },
      channel: PERSONAL_CHAT,
    });
    expect(h.connector.activities.map((a) => a.activity.text)).toEqual([confirmation.summary]);
  });
});
