// A running bot for the Slack tests: the adapter's routes on a node:http server on 127.0.0.1, the fake
// Slack Web API, the embedded store (in a temporary folder) and a stand-in engine that records what it
// was asked and answers with the replies a test chooses.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/create-slack-adapter.ts";
import type { SlackTokens } from "../../src/adapters/slack/workspace-apis.ts";
import type { InboundEvent, Reply } from "../../src/engine/events.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { FAKE_BOT_TOKEN, type FakeSlackWebApi, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { BOUND_TEAM, KEY_PERSON, ORG_CHANNEL } from "./payloads.ts";
import { type SendOptions, SIGNING_SECRET, type SlackResponse, sendToSlackRoute } from "./signed-request.ts";

export interface Harness {
  slack: FakeSlackWebApi;
  adapter: SlackAdapter;
  /** Every event the engine was given, in order. */
  engineEvents: InboundEvent[];
  /** Every id the adapter asked the store to remember. */
  remembered: string[];
  /** Every id the adapter asked the store to forget. */
  forgotten: string[];
  store: Store;
  /** What the stand-in engine answers (or throws) from now on. */
  reply(answer: (event: InboundEvent) => Reply[] | Promise<Reply[]>): void;
  send(body: string, contentType: string, options?: SendOptions): Promise<SlackResponse>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The bot's tokens; by default FAKE_BOT_TOKEN for every workspace. */
  tokens?: SlackTokens;
  /** How long a slash command's ack waits for its answer (the adapter's default unless set). */
  commandAckBudgetMs?: number;
  /** Replaces the waits of retried replies (recorded, not waited) when set. */
  sleep?: (ms: number) => Promise<void>;
  /** How long a users.info answer is trusted (the adapter's default unless set). */
  identityTtlMs?: number;
  /** Posts a minute to one workspace (the adapter's default unless set). */
  workspacePostsPerMinute?: number;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlackWebApi();
  slack.addUser({ id: KEY_PERSON, email: "Anna.Lind@Grums.se", locale: "sv-SE", name: "Anna Lind" });
  const dataDir = mkdtempSync(join(tmpdir(), "modellbot-slack-"));
  const store = await openEmbeddedStore({ dataDir });
  await store.saveBinding({
    platform: "slack",
    workspace: BOUND_TEAM,
    channel: ORG_CHANNEL,
    roundId: "round-2026",
    organisationId: "grums",
    boundAt: "2026-01-10T09:00:00.000Z",
  });
  const engineEvents: InboundEvent[] = [];
  const remembered: string[] = [];
  const forgotten: string[] = [];
  let answer: (event: InboundEvent) => Reply[] | Promise<Reply[]> = () => [{ type: "none" }];
  const engine = {
    handle: async (event: InboundEvent) => {
      engineEvents.push(event);
      return answer(event);
    },
  };
  const recordingStore = {
    listBindings: (roundId?: string) => store.listBindings(roundId),
    listRounds: () => store.listRounds(),
    roundsNaming: (key: string) => store.roundsNaming(key),
    rememberEvent: (id: string, at: string, expiresAt: string) => {
      remembered.push(id);
      return store.rememberEvent(id, at, expiresAt);
    },
    forgetEvent: (id: string) => {
      forgotten.push(id);
      return store.forgetEvent(id);
    },
  };
  const adapter = createSlackAdapter({
    signingSecret: SIGNING_SECRET,
    ...(options.tokens ?? { botToken: FAKE_BOT_TOKEN }),
    apiUrl: slack.apiUrl,
    engine,
    store: recordingStore,
    clock: () => new Date(),
    ...(options.commandAckBudgetMs === undefined ? {} : { commandAckBudgetMs: options.commandAckBudgetMs }),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.identityTtlMs === undefined ? {} : { identityTtlMs: options.identityTtlMs }),
    ...(options.workspacePostsPerMinute === undefined
      ? {}
      : { workspacePostsPerMinute: options.workspacePostsPerMinute }),
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: (m, d) => console.error(m, d) },
  });
  const server = await serveRoutes(adapter);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    slack,
    adapter,
    engineEvents,
    remembered,
    forgotten,
    store,
    reply: (next) => {
      answer = next;
    },
    send: (body, contentType, options) => sendToSlackRoute(url, body, contentType, options),
    close: async () => {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await slack.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The adapter's routes on a node:http server on 127.0.0.1. */
export async function serveRoutes(adapter: SlackAdapter): Promise<Server> {
  const server = createServer((req, res) => {
    const route = adapter.routes.find((r) => r.method === req.method && r.path === req.url?.split("?")[0]);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    route.handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}
