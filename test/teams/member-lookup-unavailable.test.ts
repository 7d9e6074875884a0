// Issue #16, failure 5, on Teams: a member look-up failing for a moment made the person unknown (and the
// "unknown" was cached for five minutes), so their answers were thrown away. Now the look-up is retried
// briefly; if the roster still does not answer, the last e-mail known is used, and without one the invoke
// is answered with a "try again" message (the card keeps what they filled in) and the engine is not asked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { MEMBER_LOOKUP_UNAVAILABLE } from "../../src/adapters/teams/teams-turn.ts";
import { ANNA, cardAction, TENANT } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { scoreForm, textCard } from "./stand-in-engine.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.connector.addMember({ ...ANNA, email: "Anna.Berg@karlstad.example", tenantId: TENANT });
  h.engine.answer = () => [{ type: "form-accepted", card: textCard("ok", "Tack!", "Sparad / Saved") }];
});
afterEach(async () => h.stop());

let id = 0;
function submit() {
  const card = renderAdaptive(scoreForm()) as { actions: { data: Record<string, unknown> }[] };
  const data = { ...card.actions[0]?.data, "point-1": "3" };
  id += 1;
  return h.post(
    cardAction({
      serviceUrl: h.connector.serviceUrl,
      id: `m:${id}`,
      verb: "form:self-assessment",
      data,
      replyToId: "1700",
    }),
  );
}
const lookups = () => h.connector.requests.filter((r) => r.startsWith("GET")).length;

describe("a member look-up failing during a form submission", () => {
  it("briefly: retried, and the engine gets the person's e-mail", async () => {
    h.connector.failNext(1, { status: 503 }, "GET");
    const res = await submit();
    expect(res.status).toBe(200);
    expect(lookups()).toBe(2);
    expect(h.engine.events).toMatchObject([
      { type: "form-submitted", user: { email: "anna.berg@karlstad.example" } },
    ]);
  });

  it("for longer: answered with a try-again message, the card kept, nothing reaches the engine", async () => {
    h.connector.failNext(3, { status: 429 }, "GET");
    const res = await submit();
    expect(res.body).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: MEMBER_LOOKUP_UNAVAILABLE,
    });
    expect(h.engine.events).toEqual([]);
    // Not remembered as unknown: the next try asks the roster again and goes through.
    await submit();
    expect(h.engine.events).toMatchObject([{ user: { email: "anna.berg@karlstad.example" } }]);
  });

  it("past the cache's time, with the roster down, uses the e-mail it knew", async () => {
    await submit();
    h.clock.advance(2 * 60 * 60_000);
    h.connector.failNext(3, { status: 502 }, "GET");
    await submit();
    expect(h.engine.events.map((e) => e.user.email)).toEqual([
      "anna.berg@karlstad.example",
      "anna.berg@karlstad.example",
    ]);
  });
});
