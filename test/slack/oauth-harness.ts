// A bot with "Add to Slack" on: the real adapter (Bolt's HTTPReceiver with its InstallProvider) on a
// node:http server on 127.0.0.1, the fake Slack Web API answering oauth.v2.access and auth.test, the
// embedded store in a temporary folder (so its file can be read), the project managers' real alerts
// (posted through the adapter's own sender), a movable clock, and every log line kept.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackAdapter, type SlackAdapter } from "../../src/adapters/slack/create-slack-adapter.ts";
import type { ChannelSender } from "../../src/delivery/sender-port.ts";
import type { Platform, Round } from "../../src/domain/round.ts";
import type { InboundEvent } from "../../src/engine/events.ts";
import { createProjectManagerAlerts } from "../../src/scheduler/project-manager-alerts.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";
import type { Store } from "../../src/store/port.ts";
import { type FakeInstall, type FakeSlackWebApi, startFakeSlackWebApi } from "../fakes/slack-web-api.ts";
import { sampleRound } from "../store/sample-data.ts";
import { statusCard } from "./cards.ts";
import { serveRoutes } from "./harness.ts";
import { SIGNING_SECRET, type SlackResponse, sendToSlackRoute } from "./signed-request.ts";

export const CLIENT = { clientId: "1111.2222", clientSecret: "fake-client-secret-7c1e" };
export const STATE_SECRET = "a-state-secret-of-at-least-32-characters!";
export const GRUMS = { team: "T0GRUMS", channel: "C0GRUMS", person: "U0ANNA" };
export const KALMAR = { team: "T0KALMAR", channel: "C0KALMAR", person: "U0KARIN" };
export const SKR = { team: "T0SKR", channel: "C0SKR" };

/** Grums and Karlstad in workspaces of their own, the project managers in SKR's. */
export function oauthRound(): Round {
  const round = sampleRound("round-2027");
  return {
    ...round,
    projectManagerHome: { platform: "slack", workspace: SKR.team, channel: SKR.channel },
    organisations: round.organisations.map((o) =>
      o.id === "grums"
        ? { ...o, home: { platform: "slack", workspace: GRUMS.team, channel: GRUMS.channel } }
        : o.id === "kalmar"
          ? { ...o, home: { platform: "slack", workspace: KALMAR.team, channel: KALMAR.channel } }
          : o,
    ),
  };
}

/** What one workspace's install gives the bot; `rotation` turns token rotation on. */
export function fakeInstall(team: string, rotation?: FakeInstall["rotation"]): FakeInstall {
  const name = team.slice(2).toLowerCase();
  return {
    team,
    teamName: name[0]?.toUpperCase() + name.slice(1),
    botToken: `xoxb-${name}-from-oauth`,
    botUserId: `U0BOT${team.slice(2, 5)}`,
    botId: `B0BOT${team.slice(2, 5)}`,
    scope: "app_mentions:read,chat:write,commands,users:read,users:read.email",
    installer: "U0INSTALLER",
    ...(rotation ? { rotation } : {}),
  };
}

export interface OAuthHarness {
  slack: FakeSlackWebApi;
  /** What the adapter was given, for a second instance on the same store. */
  adapterOptions: Parameters<typeof createSlackAdapter>[0];
  adapter: SlackAdapter;
  store: Store;
  dataDir: string;
  base: string;
  engineEvents: InboundEvent[];
  /** Every log line, as text (message and details). */
  logs: string[];
  /** Moves the bot's clock. */
  advance(ms: number): void;
  now(): Date;
  /** GET /slack/install: the page, the state cookie Bolt set and the state in the Add to Slack link. */
  openInstallPage(): Promise<{
    status: number;
    html: string;
    cookie: string;
    state: string;
    authorizeUrl: URL;
  }>;
  /** Slack's redirect back to the bot, as the installer's browser makes it. */
  redirect(query: Record<string, string>, cookie?: string): Promise<{ status: number; html: string }>;
  /** The whole install: the page, Slack's consent (the fake's code), the redirect. */
  install(code: string, install: FakeInstall): Promise<{ status: number; html: string }>;
  event(body: string): Promise<SlackResponse>;
  close(): Promise<void>;
}

export async function startOAuthHarness(
  options: { workspaceTokens?: Record<string, string>; round?: Round } = {},
): Promise<OAuthHarness> {
  const slack = await startFakeSlackWebApi();
  slack.setOAuthApp(CLIENT);
  for (const w of [GRUMS, KALMAR]) {
    slack.addChannel(w.channel, w.team);
    slack.addUser({
      id: w.person,
      team: w.team,
      email: `${w.person.toLowerCase()}@${w.team.toLowerCase()}.se`,
    });
  }
  slack.addChannel(SKR.channel, SKR.team);
  const dataDir = mkdtempSync(join(tmpdir(), "modellbot-oauth-"));
  const store = await openEmbeddedStore({ dataDir });
  await store.saveRound(options.round ?? oauthRound());
  const logs: string[] = [];
  const line = (level: string) => (message: string, details?: Record<string, unknown>) =>
    void logs.push(`${level} ${message} ${details ? JSON.stringify(details) : ""}`);
  const logger = { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const senders: Partial<Record<Platform, ChannelSender>> = {};
  const alerts = createProjectManagerAlerts({ store, senders, instanceId: "test-instance", logger });
  const engineEvents: InboundEvent[] = [];
  const engine = {
    handle: async (event: InboundEvent) => {
      engineEvents.push(event);
      return [{ type: "message" as const, card: statusCard() }];
    },
  };
  const adapterOptions: Parameters<typeof createSlackAdapter>[0] = {
    signingSecret: SIGNING_SECRET,
    workspaceTokens: options.workspaceTokens ?? {},
    apiUrl: slack.apiUrl,
    engine,
    store,
    installationStore: store,
    alerts,
    instanceId: "test-instance",
    oauth: {
      ...CLIENT,
      stateSecret: STATE_SECRET,
      tokenKeys: { current: randomBytes(32), old: [] },
    },
    clock,
    logger,
  };
  const adapter = createSlackAdapter(adapterOptions);
  senders.slack = adapter.sender;
  const server = await serveRoutes(adapter);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const openInstallPage = async () => {
    const response = await fetch(`${base}/slack/install`);
    const html = await response.text();
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const href = /href="([^"]+)"/.exec(html)?.[1] ?? "";
    const authorizeUrl = new URL(href.replaceAll("&#38;", "&"));
    return {
      status: response.status,
      html,
      cookie,
      state: authorizeUrl.searchParams.get("state") ?? "",
      authorizeUrl,
    };
  };
  const redirect = async (query: Record<string, string>, cookie?: string) => {
    const response = await fetch(`${base}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
      headers: cookie ? { cookie } : {},
    });
    return { status: response.status, html: await response.text() };
  };
  return {
    slack,
    adapterOptions,
    adapter,
    store,
    dataDir,
    base,
    engineEvents,
    logs,
    advance: (ms) => {
      offset += ms;
    },
    now: clock,
    openInstallPage,
    redirect,
    install: async (code, install) => {
      const page = await openInstallPage();
      slack.addOAuthCode(code, install);
      return redirect({ code, state: page.state }, page.cookie);
    },
    event: (body) => sendToSlackRoute(`${base}/slack/events`, body, "application/json"),
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
