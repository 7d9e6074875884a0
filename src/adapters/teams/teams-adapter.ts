// The Teams adapter on botbuilder (TEAMS_SDK=botbuilder): POST /api/messages through CloudAdapter, and the
// proactive sender. Everything but botbuilder's own calls is in teams-core.ts, shared with sdk/.
import { CloudAdapter } from "botbuilder";
import { type CredentialsFactory, createBotAuthentication } from "./bot-authentication.ts";
import { ModellbotTeamsHandler } from "./bot-handler.ts";
import { botbuilderProactivePost } from "./botbuilder-turn-io.ts";
import { expressLikeRequest, expressLikeResponse } from "./http-bridge.ts";
import {
  createTeamsCore,
  DEFAULT_REQUEST_TIMEOUT_MS,
  messagesRoute,
  type TeamsAdapter,
  type TeamsCoreOptions,
} from "./teams-core.ts";

export type { TeamsAdapter } from "./teams-core.ts";

export interface TeamsAdapterOptions extends TeamsCoreOptions {
  /** Replaces botbuilder's MSAL credentials: tests get tokens from a fake token endpoint. */
  credentials?: CredentialsFactory;
  /** Where botbuilder reads the signing keys' metadata: tests point it at a fake. */
  openIdMetadataUrl?: string;
}

export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const { logger } = options;
  const appId = options.appId ?? "";
  const adapter = new CloudAdapter(
    createBotAuthentication(
      options,
      options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      options.credentials,
      options.openIdMetadataUrl,
    ),
  );
  adapter.onTurnError = async (context, error) => {
    logger.error("teams: unhandled turn error", { type: context.activity.type, err: error });
  };
  const { turn, sender } = createTeamsCore(options, botbuilderProactivePost(adapter, appId));
  const handler = new ModellbotTeamsHandler(turn, logger, appId);
  const messages = messagesRoute(options.appId !== undefined, (req, res, body) =>
    adapter.process(expressLikeRequest(req, body), expressLikeResponse(res), (context) =>
      handler.run(context),
    ),
  );
  return {
    routes: [messages.route],
    sender,
    stop: async () => messages.stop(),
  };
}
