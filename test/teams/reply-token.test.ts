// Issue #16, failure 2, for replies: the Microsoft token endpoint was down and an in-turn reply (a
// message's answer) was given up at once, while reminders and notices were retried. A reply now follows
// the same rule: a token that cannot be had is a transient failure, waited out with growing pauses within
// the turn's budget; if it still cannot be had, the activity is forgotten so that its re-send (by Teams
// or by the person) is answered instead of dropped as a duplicate.
import { afterEach, describe, expect, it } from "vitest";
import { REPLY_TOKEN_BUDGET_MS } from "../../src/adapters/teams/send-with-retry.ts";
import { personalMessage } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;
afterEach(async () => h.stop());

const APP_ID = "00000000-0000-0000-0000-00000000b0e1";

/** The bot as in production: signed posts, and its own token from the fake connector's token endpoint. */
async function start(onSleep: (h: Harness) => void = () => {}) {
  const sleeps: number[] = [];
  h = await startHarness({
    signedFor: APP_ID,
    sleep: async (ms) => {
      sleeps.push(ms);
      onSleep(h);
    },
  });
  h.engine.answer = () => [{ type: "message", card: textCard("status", "Läge", "Klustrets läge") }];
  return sleeps;
}

const message = (id: string) => personalMessage({ serviceUrl: h.connector.serviceUrl, id, text: "status" });
const replies = () => h.connector.activities.filter((a) => JSON.stringify(a).includes("Klustrets läge"));

/** One answered message first, so that who Anna is is known and only the reply needs the token. */
async function warmUp() {
  await h.post(message("tok-0"));
  expect(replies()).toHaveLength(1);
}

describe("a Teams reply whose token cannot be had", () => {
  it("arrives once the token endpoint is back within the turn, after growing pauses", async () => {
    let slept = 0;
    const sleeps = await start((harness) => {
      slept += 1;
      if (slept === 2) harness.connector.setTokenEndpointDown(false);
    });
    await warmUp();
    h.connector.setTokenEndpointDown(true);
    const response = await h.post(message("tok-1"));
    expect(response.status).toBe(200);
    expect(replies()).toHaveLength(2);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] ?? 0);
  });

  it("is not lost when the endpoint stays down: the re-sent activity is answered", async () => {
    const sleeps = await start();
    await warmUp();
    h.connector.setTokenEndpointDown(true);
    await h.post(message("tok-2"));
    expect(replies()).toHaveLength(1);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(REPLY_TOKEN_BUDGET_MS);
    expect(h.store.writes).toContain("forget teams:tok-2");
    expect(h.logs.some((l) => l.includes("no token for the reply"))).toBe(true);

    h.connector.setTokenEndpointDown(false);
    await h.post(message("tok-2")); // Teams' (or the person's) re-send of the same activity
    expect(replies()).toHaveLength(2);
    expect(h.engine.events).toHaveLength(3);
  });
});
