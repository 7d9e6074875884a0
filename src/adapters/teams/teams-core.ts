// What both Teams adapters (botbuilder's in teams-adapter.ts, the Teams SDK's in sdk/) are built from:
// the turn with its tenant gate, dedupe, references and replies; the proactive sender with its throttle
// and retries; and POST /api/messages with its first checks. Each library adds only its connector calls.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChannelSender } from "../../delivery/sender-port.ts";
import type { ConversationEngine } from "../../engine/engine-port.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Route } from "../../server/route.ts";
import { hasWellFormedBearer } from "./authorization-header.ts";
import { readActivityBody as readJsonBody, respond } from "./http-bridge.ts";
import { MemberDirectory } from "./member-directory.ts";
import { PersonalChats } from "./personal-chats.ts";
import { createProactiveSender, type ProactivePost } from "./proactive-sender.ts";
import { SendThrottle } from "./send-throttle.ts";
import { DEFAULT_RETRY, REPLY_TOKEN_BUDGET_MS, type RetryPolicy } from "./send-with-retry.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { type Clock, realSleep, type Sleep, type TeamsStore } from "./teams-ports.ts";
import { TeamsTurn } from "./teams-turn.ts";
import { TenantGate } from "./tenant-gate.ts";

export interface TeamsCoreOptions extends TeamsConfig {
  engine: ConversationEngine;
  store: TeamsStore;
  clock: Clock;
  logger: Logger;
  /** Tests pass a recording sleep and a fixed random to check the back-off without waiting. */
  sleep?: Sleep;
  random?: () => number;
  /** Bounds each call to the Bot Connector; past it a post is ambiguous and never resent. */
  requestTimeoutMs?: number;
  /** How long an invoke waits for the engine before it is answered with a note (INVOKE_BUDGET_MS). */
  invokeBudgetMs?: number;
}

export interface TeamsAdapter {
  routes: Route[];
  sender: ChannelSender;
  stop(): Promise<void>;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** The turn and the proactive sender, around the library's proactive post. */
export function createTeamsCore(
  options: TeamsCoreOptions,
  post: ProactivePost,
): { turn: TeamsTurn; sender: ChannelSender } {
  const { clock, logger, store } = options;
  const sleep = options.sleep ?? realSleep;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, sleep, random: options.random ?? DEFAULT_RETRY.random };
  const throttle = new SendThrottle(clock, sleep);
  const sender = createProactiveSender({
    post,
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
    gate: new TenantGate(options.allowedTenants, store),
    members: new MemberDirectory(clock, logger),
    // Private replies are replies: a token that cannot be had is waited for within the turn.
    personalChats: new PersonalChats({
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
  return { turn, sender };
}

/** The library's handling of a request whose body was read: it validates the token and answers. */
export type ProcessActivity = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Record<string, unknown>,
) => Promise<void>;

/**
 * POST /api/messages. With an app id, a request without a well-formed bearer token is refused with 401
 * before the library runs, so a bad request costs nothing and reaches no Microsoft host.
 */
export function messagesRoute(
  authenticate: boolean,
  process: ProcessActivity,
): { route: Route; stop(): void } {
  let stopped = false;
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (stopped) return respond(res, 503);
    if (authenticate && !hasWellFormedBearer(req.headers.authorization)) return respond(res, 401);
    const body = await readJsonBody(req);
    if (!body.ok) return respond(res, body.status);
    await process(req, res, body.body);
  };
  return {
    route: { method: "POST", path: "/api/messages", handler },
    stop: () => {
      stopped = true;
    },
  };
}
