// One bot token per Slack workspace: each workspace installs the app on its own and gets its own token,
// and a token works in its own workspace only. Static tokens (SLACK_BOT_TOKEN, SLACK_BOT_TOKENS) are known
// at start-up; with OAuth the token comes from the workspace's installation (installations.ts), and a
// static token listed for a workspace overrides its installation.
import type { webApi } from "@slack/bolt";
import { classifyPostError } from "./classify-error.ts";
import type { SlackInstallations } from "./installations.ts";
import { createSlackApi, type SlackApi } from "./slack-api.ts";

export interface SlackTokens {
  /** The token for every workspace that `workspaceTokens` does not list. */
  botToken?: string | undefined;
  /** Workspace (team) id → that workspace's bot token. */
  workspaceTokens?: Readonly<Record<string, string>> | undefined;
}

export interface WorkspaceApis {
  /** The Web API with the workspace's own token; never another workspace's. Undefined: no token there. */
  forWorkspace(workspace: string): Promise<SlackApi | undefined>;
  /**
   * True when tokens come from OAuth installs: a workspace without one has not installed the app (or removed
   * it), so its deliveries wait for an install instead of failing for good.
   */
  readonly installs: boolean;
}

export function tokenFor(tokens: SlackTokens, workspace: string): string | undefined {
  const listed = tokens.workspaceTokens ?? {};
  return Object.hasOwn(listed, workspace) ? listed[workspace] : tokens.botToken;
}

export function createWorkspaceApis(
  tokens: SlackTokens,
  apiUrl: string,
  logger: webApi.WebClientOptions["logger"],
  installations?: SlackInstallations,
): WorkspaceApis {
  // One client per token; a rotated token gets a new one and the old one is let go.
  const byToken = new Map<string, SlackApi>();
  const clientFor = (token: string) => {
    let api = byToken.get(token);
    if (!api) {
      api = createSlackApi({ botToken: token, apiUrl }, logger);
      byToken.set(token, api);
    }
    return api;
  };
  for (const token of [tokens.botToken, ...Object.values(tokens.workspaceTokens ?? {})])
    if (token) clientFor(token);
  const statics = new Set(byToken.keys());
  if (!installations) {
    return {
      installs: false,
      forWorkspace: async (workspace) => {
        const token = tokenFor(tokens, workspace);
        return token === undefined ? undefined : byToken.get(token);
      },
    };
  }
  const current = new Map<string, string>();
  const use = (workspace: string, token: string) => {
    const before = current.get(workspace);
    if (before && before !== token && !statics.has(before)) byToken.delete(before);
    current.set(workspace, token);
    return clientFor(token);
  };
  return {
    installs: true,
    forWorkspace: async (workspace) => {
      const token = await installations.botToken(workspace);
      if (!token) return undefined;
      use(workspace, token);
      return renewingApi(workspace, token, clientFor(token), async (expired) => {
        const renewed = await installations.renewed(workspace, expired);
        return renewed ? use(workspace, renewed) : undefined;
      });
    },
  };
}

/** A call answered `token_expired` is made once more with the refreshed token. */
function renewingApi(
  workspace: string,
  token: string,
  api: SlackApi,
  renew: (expired: string) => Promise<SlackApi | undefined>,
): SlackApi {
  const again = async <T>(first: () => Promise<T>, next: (api: SlackApi) => Promise<T>): Promise<T> => {
    try {
      return await first();
    } catch (error) {
      const failure = classifyPostError(error);
      if (failure.kind !== "refused" || failure.error !== "token_expired") throw error;
      const renewed = await renew(token);
      if (!renewed) throw noTokenError(workspace, { cause: error });
      return next(renewed);
    }
  };
  return {
    call: (method, args) =>
      again(
        () => api.call(method, args),
        (renewed) => renewed.call(method, args),
      ),
    upload: (file) =>
      again(
        () => api.upload(file),
        (renewed) => renewed.upload(file),
      ),
  };
}

export class NoWorkspaceTokenError extends Error {
  override name = "NoWorkspaceTokenError";
}

/** An error for a workspace the bot has no token for; names what fixes it. */
export function noTokenError(workspace: string, options?: { cause?: unknown }): Error {
  return new NoWorkspaceTokenError(
    `no Slack bot token for workspace ${workspace}: install the app there (Add to Slack) or add it to SLACK_BOT_TOKENS`,
    options,
  );
}
