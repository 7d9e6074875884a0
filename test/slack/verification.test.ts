// Requests that do not prove they come from Slack are refused with 401 before anything runs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";
import { KEY_PERSON, slashCommand } from "./payloads.ts";
import { FORM, sign } from "./signed-request.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function expectRefused(options: Parameters<Harness["send"]>[2]) {
  const response = await h.send(slashCommand("status", h.slack.responseUrl("r1")), FORM, options);
  await h.adapter.settled();
  expect(response.status).toBe(401);
  expect(h.engineEvents).toEqual([]);
  expect(h.remembered).toEqual([]);
  expect(h.slack.calls).toEqual([]);
}

describe("request verification", () => {
  it("answers a correctly signed request", async () => {
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r1")), FORM);
    await h.adapter.settled();
    expect(response.status).toBe(200);
    expect(h.engineEvents).toHaveLength(1);
    expect(h.engineEvents[0]?.user.id).toBe(KEY_PERSON);
  });

  it("refuses a bad signature", async () => {
    await expectRefused({ signature: sign("some-other-secret", nowSeconds(), "whatever") });
  });

  it("refuses a body changed after signing", async () => {
    const signed = slashCommand("status", h.slack.responseUrl("r1"));
    const timestamp = nowSeconds();
    const response = await h.send(signed.replace("status", "hjalp!"), FORM, {
      timestamp,
      signature: sign("test-signing-secret-8f2c", timestamp, signed),
    });
    expect(response.status).toBe(401);
    expect(h.engineEvents).toEqual([]);
  });

  it("refuses a stale timestamp (six minutes old), even correctly signed", async () => {
    await expectRefused({ timestamp: nowSeconds() - 6 * 60 });
  });

  it("refuses a timestamp six minutes in the future, even correctly signed", async () => {
    await expectRefused({ timestamp: nowSeconds() + 6 * 60 });
  });

  it("accepts a timestamp four minutes in the future (clock drift)", async () => {
    const response = await h.send(slashCommand("status", h.slack.responseUrl("r1")), FORM, {
      timestamp: nowSeconds() + 4 * 60,
    });
    expect(response.status).toBe(200);
  });

  it("refuses a request without signature headers", async () => {
    await expectRefused({ unsigned: true });
  });

  it("refuses a request with a signature but no timestamp", async () => {
    await expectRefused({ unsigned: true, headers: { "x-slack-signature": "v0=abc" } });
  });
});
