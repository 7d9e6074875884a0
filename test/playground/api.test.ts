// The playground's JSON API as the page uses it: refusals for bad requests and foreign callers, one stored
// version per submit click, the clock control, and the sender's posts landing in the right channel.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noticeCard } from "../../cards/notice.ts";
import { scoreInputId } from "../../cards/self-assessment.ts";
import { refusal } from "../../src/adapters/playground/loopback-gate.ts";
import { MovableClock } from "../../src/adapters/playground/movable-clock.ts";
import type { PlaygroundReply } from "../../src/adapters/playground/playground-replies.ts";
import type { PlaygroundState } from "../../src/adapters/playground/playground-state.ts";
import { type PlaygroundApp, startPlaygroundApp } from "./playground-app.ts";

const KEY_PERSON = "lars.nystrom@karlskrona.example";
const ROUND = "modellkommuner-2027";
const DAY_MS = 86_400_000;

let app: PlaygroundApp;
beforeAll(async () => {
  app = await startPlaygroundApp();
});
afterAll(async () => app.stop());

/** What the API answers: an error, the replies to a command or submission, or the state after a clock move. */
interface Answer extends Partial<PlaygroundState> {
  error?: string;
  replies?: PlaygroundReply[];
}

async function post(path: string, body: unknown, type = "application/json") {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": type },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function state(): Promise<PlaygroundState> {
  return (await fetch(`${app.baseUrl}/playground/state`)).json() as Promise<PlaygroundState>;
}

interface AdaptiveForm {
  body: { type: string; id?: string }[];
  actions: { verb: string; data: Record<string, unknown> }[];
}

describe("the playground API", () => {
  it("refuses a body that is not JSON, not sent as JSON, or not the expected shape, saying why", async () => {
    const broken = await post("/playground/command", "{not json");
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatch(/not valid JSON/);
    expect((await post("/playground/command", "email=x", "application/x-www-form-urlencoded")).status).toBe(
      415,
    );
    const wrong = await post("/playground/command", { email: KEY_PERSON });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/invalid request: text:/);
    expect((await post("/playground/clock", { at: "next tuesday" })).status).toBe(400);
  });

  it("answers only this machine's own page", async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(`${app.baseUrl}/playground/state`);
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { host: "evil.example" },
      });
      req
        .on("response", (res) => resolve(res.statusCode))
        .on("error", reject)
        .end();
    });
    expect(status).toBe(403);
    const fromAfar = {
      method: "GET",
      headers: { host: "localhost:3978" },
      socket: { remoteAddress: "10.1.2.3" },
    };
    expect(refusal(fromAfar as never)).toMatch(/only this machine/);
    const crossSite = { method: "POST", headers: { host: "127.0.0.1:3978", origin: "https://evil.example" } };
    expect(refusal({ ...crossSite, socket: { remoteAddress: "127.0.0.1" } } as never)).toMatch(/origin/);
  });

  it("stores one self-assessment per submit click, however often the click's request arrives", async () => {
    await post("/playground/clock", { at: "2027-03-10T09:00:00Z" });
    const opened = await post("/playground/command", { email: KEY_PERSON, text: "bedöm" });
    const form = opened.body.replies?.[0];
    expect(form?.type).toBe("form");
    const adaptive = form?.adaptive as unknown as AdaptiveForm;
    const action = adaptive.actions[0];
    if (!action) throw new Error("the form has a submit action");
    const points = adaptive.body.filter((e) => e.type === "Input.ChoiceSet").map((e) => e.id ?? "");
    expect(points).toHaveLength(10);
    expect(points).toContain(scoreInputId("p1"));
    const data = { ...action.data, ...Object.fromEntries(points.map((id) => [id, "2"])) };
    const submit = { email: KEY_PERSON, verb: action.verb, data, submitId: "click-0001" };
    const first = await post("/playground/submit", submit);
    const again = await post("/playground/submit", submit);
    expect(first.body.replies?.map((r) => r.type)).toEqual(["form-accepted"]);
    expect(first.body.replies?.[0]?.text).toContain("20 av 30");
    expect(again.body.replies?.map((r) => r.type)).toEqual(["form-accepted"]);
    expect(await app.store.listAssessments(ROUND, "karlskrona")).toHaveLength(1);
  });

  it("moves the clock by days and to an instant, and reports it in the state", async () => {
    const set = await post("/playground/clock", { at: "2027-05-01T08:00:00+02:00" });
    const setTo = Date.parse(set.body.clock?.now ?? "");
    expect(setTo).toBeGreaterThanOrEqual(Date.parse("2027-05-01T06:00:00Z"));
    expect(setTo).toBeLessThan(Date.parse("2027-05-01T06:01:00Z"));
    const moved = await post("/playground/clock", { advanceDays: 7 });
    const gap = Date.parse(moved.body.clock?.now ?? "") - setTo;
    expect(gap).toBeGreaterThanOrEqual(7 * DAY_MS);
    expect(gap).toBeLessThan(7 * DAY_MS + 60_000);
  });

  it("records what the sender posts in the channel of the organisation that owns the chat home", async () => {
    const karlstad = app.round.organisations.find((o) => o.id === "karlstad")?.home;
    if (!karlstad) throw new Error("the example round gives Karlstad a Slack channel");
    const sent = await app.playground
      .senderFor("slack")
      .send(karlstad, noticeCard({ title: "Hej", text: "x" }), "k-1");
    expect(sent.ok).toBe(true);
    const stray = { platform: "teams" as const, workspace: "t-unknown", channel: "19:nowhere" };
    await app.playground.sender.send(stray, noticeCard({ title: "Vilse", text: "y" }), "k-2");
    const { channels } = await state();
    const posts = (id: string) => channels.find((c) => c.id === id)?.posts.map((p) => p.key);
    expect(posts("karlstad")).toEqual(["k-1"]);
    expect(posts("ornskoldsvik")).toEqual([]);
    expect(posts("teams:t-unknown:19:nowhere")).toEqual(["k-2"]);
  });
});

describe("the movable clock", () => {
  it("runs on from where it was set, and waits for whoever listens to its moves", async () => {
    let real = Date.parse("2026-01-01T00:00:00Z");
    const clock = new MovableClock(() => real);
    const heard: string[] = [];
    clock.onMove(async (now) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      heard.push(now.toISOString());
    });
    await clock.set("2027-03-10T09:00:00Z");
    real += 60_000;
    expect(clock.now().toISOString()).toBe("2027-03-10T09:01:00.000Z");
    await clock.advance(DAY_MS);
    expect(heard).toEqual(["2027-03-10T09:00:00.000Z", "2027-03-11T09:01:00.000Z"]);
  });
});
