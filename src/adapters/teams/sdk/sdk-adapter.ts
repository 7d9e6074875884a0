// The Teams adapter on the Teams SDK (TEAMS_SDK=teams, @microsoft/teams.apps): the SDK's App validates the
// token of each POST /api/messages (its JWT validator against the Bot Framework's signing keys) and runs
// the activity through its router to the shared turn; its TokenManager gets the bot's token for every
// post. Everything but the SDK's own calls is in ../teams-core.ts, shared with the botbuilder adapter.
import type { ServerResponse } from "node:http";
import { type CloudEnvironment, PUBLIC, withOverrides } from "@microsoft/teams.api";
import { App, type IHttpServerResponse } from "@microsoft/teams.apps";
import { unverifiedIssuer } from "../authorization-header.ts";
import { respond } from "../http-bridge.ts";
import type { TeamsConfig } from "../teams-config.ts";
import {
  createTeamsCore,
  DEFAULT_REQUEST_TIMEOUT_MS,
  messagesRoute,
  type TeamsAdapter,
  type TeamsCoreOptions,
} from "../teams-core.ts";
import type { TeamsTurn } from "../teams-turn.ts";
import {
  answerCardAction,
  cardActionKind,
  handleSafely,
  NOT_AN_ACTION,
  notSupported,
} from "../turn-answer.ts";
import { ConnectorApi } from "./connector-api.ts";
import { RouteAdapter } from "./route-adapter.ts";
import { sdkLogger } from "./sdk-logger.ts";
import { sdkProactivePost, sdkTurnIO } from "./sdk-turn-io.ts";

const MESSAGES = "/api/messages";

/** The App's token provider (its `token` option): scope and tenant in, a JWT out. */
export type SdkTokenProvider = (scope: string | string[], tenantId?: string) => Promise<string>;

export interface TeamsSdkAdapterOptions extends TeamsCoreOptions {
  /** Replaces the SDK's MSAL client credentials: tests get tokens from a fake token endpoint. */
  token?: SdkTokenProvider;
  /** Overrides of the public cloud's endpoints: tests point the signing keys' metadata at a fake. */
  cloud?: Partial<CloudEnvironment>;
}

/** Activities the turn handles; any other invoke is not implemented (501), as botbuilder answers. */
const TURN_TYPES = new Set(["message", "conversationUpdate", "installationUpdate"]);

export function createTeamsSdkAdapter(options: TeamsSdkAdapterOptions): TeamsAdapter {
  const authenticate = options.appId !== undefined;
  const cloud = withOverrides(PUBLIC, options.cloud ?? {});
  const http = new RouteAdapter(MESSAGES);
  const app = new App({
    ...credentials(options, options.token),
    cloud,
    // Every option the SDK would otherwise read from process.env is given (src/config.ts reads it once).
    serviceUrl: options.serviceUrl,
    dangerouslyAllowUnauthenticatedRequests: !authenticate,
    httpServerAdapter: http,
    messagingEndpoint: MESSAGES,
    logger: sdkLogger(options.logger),
  });
  const api = new ConnectorApi(
    app.api.http,
    authenticate,
    options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  );
  const { turn, sender } = createTeamsCore(options, sdkProactivePost(api));
  app.use(async (context) => answer(turn, sdkTurnIO(context.activity, api), options));
  // Registers the messaging endpoint with the route adapter; no server of the SDK's own is started.
  const initialized = app.initialize();
  initialized.catch((error: unknown) => options.logger.error("teams-sdk: not initialised", { err: error }));

  const messages = messagesRoute(authenticate, async (req, res, body) => {
    // The SDK fetches the signing keys before it looks at the issuer: a foreign one is refused first.
    if (authenticate && unverifiedIssuer(req.headers.authorization) !== cloud.tokenIssuer)
      return respond(res, 401);
    await initialized;
    const headers = req.headers as Record<string, string | string[]>;
    write(res, await http.handle({ body, headers }));
  });
  return {
    routes: [messages.route],
    sender,
    stop: async () => messages.stop(),
  };
}

async function answer(turn: TeamsTurn, io: ReturnType<typeof sdkTurnIO>, options: TeamsSdkAdapterOptions) {
  const kind = cardActionKind(io.activity);
  if (kind === "execute") return { status: 200, body: await answerCardAction(turn, io, options.logger) };
  if (kind === "not-an-action") return { status: 400, body: NOT_AN_ACTION };
  if (kind === "other") return { status: 400, body: notSupported(io.activity) };
  const type = (io.activity as { type?: unknown }).type;
  if (type === "invoke") return { status: 501 };
  if (typeof type === "string" && TURN_TYPES.has(type)) await handleSafely(turn, io, options.logger);
  return { status: 200 };
}

/**
 * The App's credentials from the one config. Each is given, empty when unset, so that the SDK never falls
 * back to CLIENT_ID, CLIENT_SECRET, TENANT_ID or MANAGED_IDENTITY_CLIENT_ID from the environment.
 */
function credentials(config: TeamsConfig, token: SdkTokenProvider | undefined) {
  const clientId = config.appId ?? "";
  const managedIdentity = config.appType === "UserAssignedMSI";
  return {
    clientId,
    // A token provider is used only when no secret is given (the SDK prefers the secret).
    clientSecret: token || managedIdentity ? "" : (config.appPassword ?? ""),
    tenantId: config.appType === "SingleTenant" ? (config.appTenantId ?? "") : "",
    // The same id as the app: a user-assigned managed identity (the SDK's rule for an app without a secret).
    managedIdentityClientId: clientId,
    ...(token ? { token } : {}),
  };
}

function write(res: ServerResponse, answer: IHttpServerResponse): void {
  if (answer.body === undefined || answer.body === null) return void respond(res, answer.status);
  // Headers set, not written: end() then sends head and body with their length in one write.
  res.statusCode = answer.status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(answer.body));
}
