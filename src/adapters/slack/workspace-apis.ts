// One bot token per Slack workspace: each workspace installs the app on its own and gets its own token,
// and a token works in its own workspace only. One Web API client per token, built once at start-up.
import type { webApi } from "@slack/bolt";
import { createSlackApi, type SlackApi } from "./slack-api.ts";

export interface SlackTokens {
  /** The token for every workspace that `workspaceTokens` does not list. */
  botToken?: string | undefined;
  /** Workspace (team) id → that workspace's bot token. */
  workspaceTokens?: Readonly<Record<string, string>> | undefined;
}

export interface WorkspaceApis {
  /** The bot token for a workspace, or undefined when the bot has none there. */
  tokenFor(workspace: string): string | undefined;
  /** The Web API with the workspace's own token; never another workspace's. */
  forWorkspace(workspace: string): SlackApi | undefined;
}

export function tokenFor(tokens: SlackTokens, workspace: string): string | undefined {
  const listed = tokens.workspaceTokens ?? {};
  return Object.hasOwn(listed, workspace) ? listed[workspace] : tokens.botToken;
}

export function createWorkspaceApis(
  tokens: SlackTokens,
  apiUrl: string,
  logger: webApi.WebClientOptions["logger"],
): WorkspaceApis {
  const all = [tokens.botToken, ...Object.values(tokens.workspaceTokens ?? {})];
  const byToken = new Map<string, SlackApi>();
  for (const token of all) {
    if (token && !byToken.has(token)) byToken.set(token, createSlackApi({ botToken: token, apiUrl }, logger));
  }
  return {
    tokenFor: (workspace) => tokenFor(tokens, workspace),
    forWorkspace: (workspace) => {
      const token = tokenFor(tokens, workspace);
      return token === undefined ? undefined : byToken.get(token);
    },
  };
}

/** An error for a workspace the bot has no token for; names the variable that fixes it. */
export function noTokenError(workspace: string): Error {
  return new Error(`no Slack bot token for workspace ${workspace}: add it to SLACK_BOT_TOKENS`);
}
