// The Teams adapter on a real HTTP server, talking to a fake Bot Connector, with a stand-in engine and store.
import {
  createTeamsAdapter,
  type TeamsAdapter,
  type TeamsAdapterOptions,
} from "../../src/adapters/teams/teams-adapter.ts";
import { createHttpServer, type HttpServer } from "../../src/server/http-server.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/bot-connector.ts";
import { logLines } from "../fakes/log-lines.ts";
import { round } from "./fixtures.ts";
import { MemoryTeamsStore } from "./memory-store.ts";
import { StandInEngine } from "./stand-in-engine.ts";

export interface Harness {
  connector: FakeBotConnector;
  store: MemoryTeamsStore;
  engine: StandInEngine;
  adapter: TeamsAdapter;
  server: HttpServer;
  clock: { now(): Date; advance(ms: number): void };
  /** Waits the sender asked for, in ms (nothing really waits). */
  sleeps: number[];
  logs: string[];
  post(activity: object, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

export async function startHarness(overrides: Partial<TeamsAdapterOptions> = {}): Promise<Harness> {
  const connector = await startFakeBotConnector();
  const store = new MemoryTeamsStore();
  store.rounds.push(round());
  const engine = new StandInEngine();
  let now = Date.parse("2025-03-03T08:00:00Z");
  const clock = {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
  const sleeps: number[] = [];
  const { logger, lines: logs } = logLines();
  const adapter = createTeamsAdapter({
    appId: undefined,
    appPassword: undefined,
    appTenantId: undefined,
    appType: "MultiTenant",
    allowedTenants: [],
    // Proactive posts without a stored reference go to the fake too: no test reaches a Microsoft host.
    serviceUrl: connector.serviceUrl,
    engine,
    store,
    clock: clock.now,
    logger,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
  // The bot's own node:http server, with only the Teams routes.
  const server = createHttpServer(adapter.routes, logger);
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  return {
    connector,
    store,
    engine,
    adapter,
    server,
    clock,
    sleeps,
    logs,
    post: async (activity, headers = {}) => {
      const res = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      const json = res.headers.get("content-type")?.startsWith("application/json");
      return { status: res.status, body: json ? (JSON.parse(text) as unknown) : text };
    },
    stop: async () => {
      await adapter.stop();
      await server.close();
      await connector.stop();
    },
  };
}
