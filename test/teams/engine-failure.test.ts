// A bug in a turn is logged and answered: Teams never gets a 500 that would make it re-send the activity.
import { afterEach, beforeEach, expect, it } from "vitest";
import { cardAction, personalMessage } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.engine.answer = () => {
    throw new Error("engine bug");
  };
});
afterEach(async () => h.stop());

it("answers a message with 200 and logs the error", async () => {
  const res = await h.post(
    personalMessage({ serviceUrl: h.connector.serviceUrl, id: "9901", text: "status" }),
  );

  expect(res.status).toBe(200);
  expect(
    h.logs.some((line) => line.startsWith("error teams: turn failed") && line.includes("engine bug")),
  ).toBe(true);
  // The stack comes along, so the operator can find the bug: the line names the file that threw.
  expect(h.logs.find((line) => line.startsWith("error teams: turn failed"))).toContain(
    "engine-failure.test.ts",
  );
});

for (const [locale, apology] of [
  ["sv-SE", "Något gick fel"],
  ["en-GB", "Something went wrong"],
  [undefined, "Något gick fel"],
] as const) {
  it(`answers a card action with a short apology in the person's language (${locale ?? "no locale"})`, async () => {
    const action = cardAction({
      serviceUrl: h.connector.serviceUrl,
      id: `f:9902-${locale ?? "none"}`,
      verb: "command",
      data: { command: "status" },
      replyToId: "1",
    });
    const res = await h.post({ ...action, locale });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    expect(JSON.stringify(res.body)).toContain(apology);
    expect(JSON.stringify(res.body)).not.toContain(apology.startsWith("N") ? "Something" : "Något");
  });
}
