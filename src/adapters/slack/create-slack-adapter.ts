// The Slack adapter, wired once by src/main.ts: a Bolt App on our HTTP server (no listen of its own), the
// request pipeline as Bolt's one global middleware, and the proactive sender.
import { finished } from "node:stream/promises";
import { App, HTTPReceiver } from "@slack/bolt";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Route } from "../../server/route.ts";
import { REPLY_RETRY, realSleep } from "./call-with-retry.ts";
import {
  createChannelPacer,
  DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE,
  workspaceIntervalMs,
} from "./channel-pacer.ts";
import { deliveringApis } from "./delivering-api.ts";
import { type Ack, handleSlackRequest, type SlackStore } from "./handle-request.ts";
import { createIdentityResolver } from "./identity.ts";
import type { InstallAlerts } from "./install-notices.ts";
import {
  createSlackInstallations,
  type InstallationStorePort,
  type SlackInstallations,
} from "./installations.ts";
import { toBoltLogger } from "./logger.ts";
import { oauthReceiverOptions, type SlackOAuthOptions } from "./oauth-install.ts";
import { SLACK_INSTALL_PATH, SLACK_OAUTH_REDIRECT_PATH } from "./oauth-paths.ts";
import { webClientOptions } from "./slack-api.ts";
import { SLACK_EVENTS_PATH, slackEventsRoute } from "./slack-route.ts";
import { createSlackSender, SLACK_POST_INTERVAL_MS, type SlackSender } from "./slack-sender.ts";
import { createTokenSeal } from "./token-seal.ts";
import { handleUninstall, uninstallOf } from "./uninstall-events.ts";
import { createWorkspaceApis, type SlackTokens, tokenFor } from "./workspace-apis.ts";

export interface SlackAdapterOptions extends SlackTokens {
  signingSecret: string;
  /** Web API base URL, `https://slack.com/api/` in production. */
  apiUrl: string;
  engine: ConversationEngine;
  store: SlackStore;
  /**
   * "Add to Slack": workspaces install the app over OAuth (GET /slack/install) and their tokens come from
   * `installationStore`, sealed; a workspace in `workspaceTokens` keeps its static token.
   */
  oauth?: SlackOAuthOptions | undefined;
  /** Where the installations are kept (the store port); needed with `oauth`. */
  installationStore?: InstallationStorePort | undefined;
  /** Tells the project managers of an uninstall or of an install in a workspace no round names. */
  alerts?: InstallAlerts | undefined;
  /** This process among several (token refresh claims). */
  instanceId?: string;
  /** The bot's clock, passed to the engine. */
  clock: () => Date;
  logger: Logger;
  /** How long a users.info answer is trusted. */
  identityTtlMs?: number;
  /** How long a slash command's ack may wait for the answer it carries (COMMAND_ACK_BUDGET_MS). */
  commandAckBudgetMs?: number;
  /** How long a modal's ack may wait for its save before it shows "saving" (MODAL_ACK_BUDGET_MS). */
  modalAckBudgetMs?: number;
  /** Posts a minute to one workspace, replies and reminders together (SLACK_WORKSPACE_POSTS_PER_MINUTE). */
  workspacePostsPerMinute?: number;
  /** The waits of replies retried after a 429; tests record them instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

export interface SlackAdapter {
  routes: Route[];
  sender: SlackSender;
  /** Resolves when every request in progress and every queued post has finished. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { engine, store, clock, logger } = options;
  const boltLogger = toBoltLogger(logger);
  const installations = options.oauth ? openInstallations(options) : undefined;
  const resealed = installations?.resealAll();
  const apis = createWorkspaceApis(options, options.apiUrl, boltLogger, installations);
  const identity = createIdentityResolver(apis, options.identityTtlMs ?? 15 * 60_000, () => Date.now());
  // One pacer for replies and reminders: together they keep to a channel's and a workspace's pace.
  const pacer = createChannelPacer(
    SLACK_POST_INTERVAL_MS,
    realSleep,
    () => performance.now(),
    workspaceIntervalMs(options.workspacePostsPerMinute ?? DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE),
  );
  const replyPolicy = { ...REPLY_RETRY, sleep: options.sleep ?? realSleep, random: Math.random };
  const deps = {
    engine,
    store,
    apis: deliveringApis(apis, pacer, replyPolicy),
    identity,
    clock,
    logger,
    inFlight: new Map<string, Promise<void>>(),
    ...(options.commandAckBudgetMs === undefined ? {} : { commandAckBudgetMs: options.commandAckBudgetMs }),
    ...(options.modalAckBudgetMs === undefined ? {} : { modalAckBudgetMs: options.modalAckBudgetMs }),
  };
  const inFlight = new Set<Promise<void>>();

  const notices = { store, alerts: options.alerts, clock };
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    logger: boltLogger,
    ...(options.oauth && installations
      ? oauthReceiverOptions({
          ...notices,
          oauth: options.oauth,
          installations,
          store,
          apiUrl: options.apiUrl,
          logger,
        })
      : {}),
  });
  const app = new App({
    receiver,
    // With OAuth, Bolt's InstallProvider authorizes through our installation store (installations.ts).
    // Without, the request's workspace's own token from the configuration: no installation store and no
    // auth.test round trip per request. A workspace without a token is still passed on, to be told so.
    ...(installations
      ? {}
      : {
          authorize: async (source: { teamId?: string | undefined }) => {
            const botToken = source.teamId === undefined ? undefined : tokenFor(options, source.teamId);
            return botToken === undefined ? {} : { botToken };
          },
        }),
    convoStore: false,
    ignoreSelf: false,
    clientOptions: webClientOptions({ apiUrl: options.apiUrl }),
    logger: boltLogger,
  });
  app.use(async (args) => {
    const ack = "ack" in args ? (args.ack as Ack) : undefined;
    const uninstall = uninstallOf(args.body);
    const work = uninstall
      ? (async () => {
          await ack?.();
          await handleUninstall({ ...notices, installations, logger }, uninstall).catch((error: unknown) =>
            logger.error("slack: an uninstall could not be recorded", { err: error }),
          );
        })()
      : handleSlackRequest(deps, args.body, ack, args.context.teamId);
    inFlight.add(work);
    // Not awaited: Bolt lets go of the request (its parsed body, the middleware arguments) once this
    // returns, where a form submission waiting for its durable write would hold Slack's whole view
    // payload until then. The work sends the ack itself, never rejects, and settled() waits for it.
    void work.finally(() => inFlight.delete(work));
  });
  app.error(async (error) => logger.error("slack: bolt error", { err: error }));

  const sender = createSlackSender({ apis, logger, pacer });
  const settled = async () => {
    await resealed;
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    await sender.idle();
  };
  const routes = [slackEventsRoute(receiver, logger)];
  if (installations)
    routes.push(...[SLACK_INSTALL_PATH, SLACK_OAUTH_REDIRECT_PATH].map((p) => boltPage(receiver, p)));
  return { routes, sender, settled, stop: settled };
}

function openInstallations(options: SlackAdapterOptions): SlackInstallations {
  const { oauth, installationStore } = options;
  if (!oauth || !installationStore) throw new Error("Slack OAuth needs the installation store");
  return createSlackInstallations({
    store: installationStore,
    seal: createTokenSeal(oauth.tokenKeys),
    app: oauth,
    apiUrl: options.apiUrl,
    instanceId: options.instanceId ?? "slack",
    clock: options.clock,
    logger: options.logger,
    staticToken: (workspace) =>
      options.workspaceTokens && Object.hasOwn(options.workspaceTokens, workspace)
        ? options.workspaceTokens[workspace]
        : undefined,
  });
}

/** GET /slack/install and /slack/oauth_redirect: Bolt's receiver answers them (its InstallProvider). */
function boltPage(receiver: HTTPReceiver, path: string): Route {
  return {
    method: "GET",
    path,
    handler: async (req, res) => {
      const answered = finished(res).catch(() => {});
      receiver.requestListener(req, res);
      await answered;
    },
  };
}
