// The playground's clock controls, through its JSON API: a day or a week keeps the local time of day across
// the end of summer time, "next reminder" jumps to the first reminder ahead (which then arrives), and
// "start over" gives a fresh store with the example round, empty channels and real time.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PlaygroundState } from "../../src/adapters/playground/playground-state.ts";
import { plan } from "../../src/domain/reminder-plan.ts";
import { type PlaygroundApp, startPlaygroundApp } from "./playground-app.ts";

let app: PlaygroundApp;
beforeEach(async () => {
  app = await startPlaygroundApp();
});
afterEach(async () => app.stop());

async function clock(
  body: unknown,
): Promise<{ status: number; state: PlaygroundState & { error?: string } }> {
  const response = await fetch(`${app.baseUrl}/playground/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, state: (await response.json()) as PlaygroundState & { error?: string } };
}

const local = (iso: string) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    dateStyle: "short",
    timeStyle: "short",
  }).format(new Date(iso));

describe("the playground's clock", () => {
  it("moves a week across the end of summer time and keeps 08:30 local time", async () => {
    await clock({ at: "2027-10-28T08:30:00+02:00" });
    const moved = await clock({ advanceDays: 7 });
    expect(local(moved.state.clock.now)).toBe("2027-11-04 08:30");
    const back = await clock({ advanceDays: -7 });
    expect(local(back.state.clock.now)).toBe("2027-10-28 08:30");
  });

  it("jumps to the next reminder, which then arrives in the organisation's channel", async () => {
    await clock({ at: "2027-03-01T12:00:00+01:00" });
    const first = plan(app.round).find((r) => Date.parse(r.at) > Date.parse("2027-03-01T11:00:00Z"));
    if (!first) throw new Error("no reminder ahead in the example round");
    const before = await clock({ at: "2027-03-01T12:00:00+01:00" });
    expect(before.state.nextReminder?.at).toBe(first.at);
    const jumped = await clock({ next: "reminder" });
    // The playground's clock goes on running from there.
    const lag = Date.parse(jumped.state.clock.now) - Date.parse(first.at);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(5_000);
    const channel = jumped.state.channels.find((c) => c.id === first.organisation);
    expect(channel?.posts.map((p) => p.key)).toContain(
      `${app.round.id}/${first.organisation}/${first.meeting}/${first.kind}`,
    );
    expect(Date.parse(jumped.state.nextReminder?.at ?? "")).toBeGreaterThan(Date.parse(first.at));
  });

  it("says so when no reminder is ahead", async () => {
    await clock({ at: "2028-06-01T12:00:00+02:00" });
    const none = await clock({ next: "reminder" });
    expect(none.status).toBe(409);
    expect(none.state.error).toMatch(/no reminder ahead/);
  });

  it("starts over: a fresh store with the example round, no posts, real time", async () => {
    await clock({ at: "2027-03-22T09:00:00+01:00" });
    await fetch(`${app.baseUrl}/playground/command`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: "lars.nystrom@karlskrona.example",
        text: "publicerad https://example.org/p.pdf",
      }),
    });
    expect(await app.store.listPresentations(app.round.id)).toHaveLength(1);
    const reset = await clock({ reset: true });
    expect(reset.status).toBe(200);
    expect(await app.store.listPresentations(app.round.id)).toEqual([]);
    expect(await app.store.listOutbox()).toEqual([]);
    expect((await app.store.listRounds()).map((r) => r.id)).toEqual([app.round.id]);
    expect(reset.state.channels.flatMap((c) => c.posts)).toEqual([]);
    expect(Math.abs(Date.parse(reset.state.clock.now) - Date.now())).toBeLessThan(60_000);
    // The same reminders arrive again when the clock moves there again.
    const again = await clock({ at: "2027-03-22T09:00:00+01:00" });
    expect(again.state.channels.flatMap((c) => c.posts).length).toBeGreaterThan(0);
  });
});
