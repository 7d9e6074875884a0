// What reaches botbuilder is a parsed JSON object: anything else is answered at the door, and the answer
// is a complete HTTP response (status, length, body) that the caller receives.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { renderAdaptive } from "../../cards/render-adaptive.ts";
import { cardAction } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { scoreForm, textCard } from "./stand-in-engine.ts";

let h: Harness;
afterEach(async () => h.stop());

/** A self-assessment submitted with Action.Execute, answered by the engine with a confirmation card. */
function submission(id: string) {
  h.engine.answer = () => [
    { type: "form-accepted", card: textCard("confirmation", "Tack – sparad ✓", "Sparad") },
  ];
  const card = renderAdaptive(scoreForm()) as { actions: { data: Record<string, unknown> }[] };
  const data = { ...card.actions[0]?.data, "point-1": "3" };
  return cardAction({
    serviceUrl: h.connector.serviceUrl,
    id,
    verb: "form:self-assessment",
    data,
    replyToId: "1700",
  });
}

async function postRaw(body: string): Promise<Response> {
  const { port } = h.server.server.address() as AddressInfo;
  return fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

describe("the Teams endpoint's body", () => {
  it("refuses what is not a JSON object with 400 and runs nothing", async () => {
    h = await startHarness();
    for (const body of ["{not json", "[1,2]", "null", '"text"']) {
      expect((await postRaw(body)).status, body).toBe(400);
    }
    expect(h.engine.events).toEqual([]);
  });

  it("refuses a body over a megabyte with 413, and answers the next request", async () => {
    h = await startHarness();
    const res = await postRaw(JSON.stringify({ type: "message", text: "x".repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(h.engine.events).toEqual([]);
    const next = await h.post(submission("f:413"));
    expect(next.status).toBe(200);
    expect(h.engine.events).toHaveLength(1);
  });

  it("answers an invoke with its length known and its card whole", async () => {
    h = await startHarness();
    const res = await postRaw(JSON.stringify(submission("f:414")));
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(JSON.parse(text)).toMatchObject({
      statusCode: 200,
      type: "application/vnd.microsoft.card.adaptive",
      value: { body: expect.arrayContaining([expect.objectContaining({ text: "Tack – sparad ✓" })]) },
    });
  });
});
