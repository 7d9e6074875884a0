// The Teams adapter: POST /api/messages on the bot's HTTP server, and the proactive sender.
// botbuilder stays inside src/adapters/teams/ so that a move to the Teams SDK costs one folder.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CloudAdapter } from "botbuilder";
import type { ChannelSender } from "../../delivery/sender-port.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Route } from "../../server/route.ts";
import { hasWellFormedBearer } from "./authorization-header.ts";
import { type CredentialsFactory, createBotAuthentication } from "./bot-authentication.ts";
import { ModellbotTeamsHandler } from "./bot-handler.ts";
import { expressLikeRequest, expressLikeResponse, readActivityBody, respond } from "./http-bridge.ts";
import { MemberDirectory } from "./member-directory.ts";
import { PersonalChats } from "./personal-chats.ts";
import { createProactiveSender } from "./proactive-sender.ts";
import { SendThrottle } from "./send-throttle.ts";
import { DEFAULT_RETRY, REPLY_TOKEN_BUDGET_MS, type RetryPolicy } from "./send-with-retry.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { type Clock, realSleep, type Sleep, type TeamsStore } from "./teams-ports.ts";
import { TeamsTurn } from "./teams-turn.ts";
import { TenantGate } from "./tenant-gate.ts";

export interface TeamsAdapterOptions extends TeamsConfig {
  engine: ConversationEngine;
  store: TeamsStore;
  clock: Clock;
  logger: Logger;
  /** Tests pass a recording sleep and a fixed random to check the back-off without waiting. */
  sleep?: Sleep;
  random?: () => number;
  /** Bounds each call to the Bot Connector; past it a post is ambiguous and never resent. */
  requestTimeoutMs?: number;
  /** Replaces botbuilder's MSAL credentials: tests get tokens from a fake token endpoint. */
  credentials?: CredentialsFactory;
  /** Where botbuilder reads the signing keys' metadata: tests point it at a fake. */
  openIdMetadataUrl?: string;
  /** How long an invoke waits for the engine before it is answered with a note (INVOKE_BUDGET_MS). */
  invokeBudgetMs?: number;
}

export interface TeamsAdapter {
  routes: Route[];
  sender: ChannelSender;
  stop(): Promise<void>;
}

export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const { clock, logger, store } = options;
  const adapter = new CloudAdapter(
    createBotAuthentication(
      options,
      options.requestTimeoutMs ?? 15_000,
      options.credentials,
      options.openIdMetadataUrl,
    ),
  );
  adapter.onTurnError = async (context, error) => {
    logger.error("teams: unhandled turn error", { type: context.activity.type, err: error });
  };
  const sleep = options.sleep ?? realSleep;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, sleep, random: options.random ?? DEFAULT_RETRY.random };
  const throttle = new SendThrottle(clock, sleep);
  const sender = createProactiveSender({
    adapter,
    appId: options.appId ?? "",
    serviceUrl: options.serviceUrl.endsWith("/") ? options.serviceUrl : `${options.serviceUrl}/`,
    store,
    throttle,
    retry,
    logger,
    clock,
  });

  const turn = new TeamsTurn({
    engine: options.engine,
    store,
    clock,
    logger,
    gate: new TenantGate(options.allowedTenants, store, clock),
    members: new MemberDirectory(clock, logger),
    // Private replies are replies: a token that cannot be had is waited for within the turn.
    personalChats: new PersonalChats({
      appId: options.appId ?? "",
      throttle,
      retry: { ...retry, unavailableBudgetMs: REPLY_TOKEN_BUDGET_MS },
      logger,
    }),
    throttle,
    retry,
    // A late invoke's answer goes the proactive way: the turn (and its context) has ended by then.
    later: (address, card) =>
      sender.send(
        { platform: "teams", workspace: address.tenantId, channel: address.channel },
        card,
        "invoke-answer",
      ),
    ...(options.invokeBudgetMs === undefined ? {} : { invokeBudgetMs: options.invokeBudgetMs }),
  });
  const handler = new ModellbotTeamsHandler(turn, logger);
  const authenticate = options.appId !== undefined;
  let stopped = false;

  const messages = async (req: IncomingMessage, res: ServerResponse) => {
    if (stopped) return respond(res, 503);
    // Refused before botbuilder runs, so a bad request costs nothing and reaches no Microsoft host.
    if (authenticate && !hasWellFormedBearer(req.headers.authorization)) return respond(res, 401);
    const body = await readActivityBody(req);
    if (!body.ok) return respond(res, body.status);
    await adapter.process(expressLikeRequest(req, body.body), expressLikeResponse(res), (context) =>
      handler.run(context),
    );
  };

  return {
    routes: [{ method: "POST", path: "/api/messages", handler: messages }],
    sender,
    stop: async () => {
      stopped = true;
    },
  };
}
