// The Slack adapter in front of the REAL engine, on the embedded store with the example round, talking to
// the fake Slack Web API with one bot token per workspace, at a clock the test sets.
import type { AddressInfo } from "node:net";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/create-slack-adapter.ts";
import type { Checklist } from "../../src/domain/checklist.ts";
import type { Store } from "../../src/store/port.ts";
import { startHarness as startEngine } from "../engine/harness.ts";
import { type FakeSlackWebApi, type FakeUser, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { serveRoutes } from "./harness.ts";
import { type SendOptions, SIGNING_SECRET, type SlackResponse, sendToSlackRoute } from "./signed-request.ts";

export interface SlackHome {
  team: string;
  channel: string;
  token: string;
}

// Örnsköldsvik (and the project managers) and Karlstad are in two workspaces, each with its own token.
export const ORNSKOLDSVIK: SlackHome = {
  team: "T05QF3L7K2A",
  channel: "C06J8N2KQ4T",
  token: "xoxb-ovik-fake",
};
export const KARLSTAD: SlackHome = {
  team: "T06HX9RM4PB",
  channel: "C07B3ZP5W1M",
  token: "xoxb-karlstad-fake",
};

/** SKR's own workspace: the project managers' home in the example round. */
export const SKR: SlackHome = { team: "T08SKR4PM2A", channel: "C08PM4SKR2A", token: "xoxb-skr-fake" };

export const SARA = {
  id: "U08SARA001",
  team: SKR.team,
  email: "sara.holm@skr.example",
  locale: "sv-SE",
  name: "Sara Holm",
} satisfies FakeUser;

export const NADIA = {
  id: "U07NADIA01",
  team: KARLSTAD.team,
  email: "nadia.karimi@karlstad.example",
  locale: "en-GB",
  name: "Nadia Karimi",
} satisfies FakeUser;
export const HELENA = {
  id: "U06HELENA1",
  team: ORNSKOLDSVIK.team,
  email: "helena.bystrom@ornskoldsvik.example",
  locale: "sv-SE",
  name: "Helena Byström",
} satisfies FakeUser;

export interface ExampleRoundBot {
  slack: FakeSlackWebApi;
  adapter: SlackAdapter;
  store: Store;
  roundId: string;
  checklist: Checklist;
  send(body: string, contentType: string, options?: SendOptions): Promise<SlackResponse>;
  close(): Promise<void>;
}

/** `now`: a fixed instant, or a clock the test moves. */
export async function startExampleRoundBot(
  now: string | (() => Date),
  options: { wrapStore?: (store: Store) => Store; modalAckBudgetMs?: number } = {},
): Promise<ExampleRoundBot> {
  const engine = await startEngine(options.wrapStore ? { wrapStore: options.wrapStore } : {});
  const slack = await startFakeSlackWebApi();
  for (const home of [ORNSKOLDSVIK, KARLSTAD, SKR]) {
    slack.addToken(home.token, home.team);
    slack.addChannel(home.channel, home.team);
  }
  slack.addUser(NADIA);
  slack.addUser(HELENA);
  slack.addUser(SARA);
  const adapter = createSlackAdapter({
    signingSecret: SIGNING_SECRET,
    workspaceTokens: {
      [ORNSKOLDSVIK.team]: ORNSKOLDSVIK.token,
      [KARLSTAD.team]: KARLSTAD.token,
      [SKR.team]: SKR.token,
    },
    apiUrl: slack.apiUrl,
    engine: engine.engine,
    store: engine.store,
    clock: typeof now === "string" ? () => new Date(now) : now,
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: (m, d) => console.error(m, d) },
    ...(options.modalAckBudgetMs === undefined ? {} : { modalAckBudgetMs: options.modalAckBudgetMs }),
  });
  const server = await serveRoutes(adapter);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    slack,
    adapter,
    store: engine.store,
    roundId: engine.round.id,
    checklist: engine.checklist,
    send: (body, contentType, options) => sendToSlackRoute(url, body, contentType, options),
    async close() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await slack.close();
      await engine.close();
    },
  };
}
