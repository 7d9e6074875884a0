// The Teams adapter under test (adapter-under-test.ts: botbuilder's or the Teams SDK's) on a real HTTP server, talking to a fake Bot Connector, with a stand-in engine and store.
import type { TeamsAdapter, TeamsAdapterOptions } from "../../src/adapters/teams/teams-adapter.ts";
import { createHttpServer, type HttpServer } from "../../src/server/http-server.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/bot-connector.ts";
import { connectorToken, METADATA_PATH } from "../fakes/bot-framework-keys.ts";
import { logLines } from "../fakes/log-lines.ts";
import { fakeTokenCredentials } from "../fakes/token-credentials.ts";
import { createAdapterUnderTest, TEAMS_LIBRARY, type TeamsLibrary } from "./adapter-under-test.ts";
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

export interface HarnessOptions extends Partial<TeamsAdapterOptions> {
  /**
   * The bot has this app id, as in production: every post is signed with the fake connector's keys
   * (unless the test gives its own Authorization header), which the bot checks, and the bot's own token
   * comes from the fake token endpoint.
   */
  signedFor?: string;
}

export async function startHarness(
  options: HarnessOptions = {},
  library: TeamsLibrary = TEAMS_LIBRARY,
): Promise<Harness> {
  const { signedFor, ...overrides } = options;
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
  const adapter = createAdapterUnderTest(
    {
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
      // The signing keys' metadata on the fake: a token is never checked against login.botframework.com.
      openIdMetadataUrl: `${connector.serviceUrl}${METADATA_PATH.slice(1)}`,
      ...(signedFor
        ? {
            appId: signedFor,
            appPassword: "not-used",
            credentials: fakeTokenCredentials(connector.serviceUrl, signedFor),
          }
        : {}),
      ...overrides,
    },
    connector,
    library,
  );
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
        headers: {
          "content-type": "application/json",
          ...(signedFor
            ? { authorization: `Bearer ${connectorToken(signedFor, serviceUrlOf(activity))}` }
            : {}),
          ...headers,
        },
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

function serviceUrlOf(activity: object): string {
  const url = (activity as { serviceUrl?: unknown }).serviceUrl;
  return typeof url === "string" ? url : "";
}
