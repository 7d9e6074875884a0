// "Add to Slack" through Bolt's own OAuth: the options that make Bolt's HTTPReceiver build its
// InstallProvider (installerOptions), with our installation store, our single-use state, our pages in both
// languages, and the Web API base URL of the rest of the adapter (SLACK_API_URL), so oauth.v2.access and
// auth.test go where every other call goes.
import type { ServerResponse } from "node:http";
import type { HTTPReceiverOptions, Installation } from "@slack/bolt";
import type { Logger } from "../../logging/logger.ts";
import type { Store } from "../../store/port.ts";
import { type InstallNoticeDeps, tellUnboundInstall } from "./install-notices.ts";
import { installedPage, installPage, refusedPage } from "./install-pages.ts";
import type { InstallRefusal } from "./install-texts.ts";
import type { SlackInstallations } from "./installations.ts";
import { SLACK_INSTALL_PATH, SLACK_OAUTH_REDIRECT_PATH } from "./oauth-paths.ts";
import { createOAuthStateStore, OAuthStateRefused } from "./oauth-state.ts";
import { webClientOptions } from "./slack-api.ts";
import type { TokenKeys } from "./token-seal.ts";
import { requiredBotScopes } from "./web-api-methods.ts";
import { type BindingLookup, isWorkspaceBound } from "./workspace-gate.ts";

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** Named in the authorize URL and the code exchange when set (an app with several redirect URLs). */
  redirectUrl?: string | undefined;
  tokenKeys: TokenKeys;
}

export interface InstallFlowDeps extends InstallNoticeDeps {
  oauth: SlackOAuthOptions;
  installations: SlackInstallations;
  store: InstallNoticeDeps["store"] & BindingLookup & Pick<Store, "rememberEvent">;
  apiUrl: string;
  logger: Logger;
}

/** Our pages are sent like the dashboard's: not kept, no referrer, nothing loaded from elsewhere. */
const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
};

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, PAGE_HEADERS).end(html);
}

/** What the installer is told, from the error Bolt's InstallProvider handed the failure callback. */
export function refusalOf(error: { code?: string } | undefined): InstallRefusal {
  if (error instanceof OAuthStateRefused) return error.reason;
  switch (error?.code) {
    // Thrown only for ?error=access_denied: the person pressed Cancel on Slack's page.
    case "slack_oauth_installer_authorization_error":
      return "cancelled";
    case "slack_oauth_missing_state":
    case "slack_oauth_invalid_state":
    case "slack_oauth_missing_code":
      return "missing";
    default:
      return "failed";
  }
}

export function oauthReceiverOptions(deps: InstallFlowDeps): Partial<HTTPReceiverOptions> {
  const { oauth, logger } = deps;
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: deps.installations.bolt,
    scopes: requiredBotScopes(),
    ...(oauth.redirectUrl ? { redirectUri: oauth.redirectUrl } : {}),
    installerOptions: {
      installPath: SLACK_INSTALL_PATH,
      redirectUriPath: SLACK_OAUTH_REDIRECT_PATH,
      stateStore: createOAuthStateStore({ secret: oauth.stateSecret, store: deps.store, clock: deps.clock }),
      stateVerification: true,
      renderHtmlForInstallPath: installPage,
      installPathOptions: {
        beforeRedirection: async (_req, res) => {
          for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
          return true;
        },
      },
      clientOptions: webClientOptions({ apiUrl: deps.apiUrl }),
      callbackOptions: {
        successAsync: async (installation, _options, _req, res) => {
          const bound = await installedInRound(deps, installation as Installation);
          const name = installation.team?.name ?? installation.enterprise?.name ?? "Slack";
          send(res, 200, installedPage(name, bound));
        },
        failureAsync: async (error, _options, _req, res) => {
          const reason = refusalOf(error);
          logger.warn("slack: an install did not finish; nothing stored", { reason, code: error.code });
          send(res, reason === "failed" ? 502 : 400, refusedPage(reason, SLACK_INSTALL_PATH));
        },
      },
    },
  };
}

/** An install in a workspace no round names is allowed; the project managers are told once. */
async function installedInRound(deps: InstallFlowDeps, installation: Installation): Promise<boolean> {
  const team = installation.team?.id;
  if (installation.isEnterpriseInstall || !team) return true;
  if (await isWorkspaceBound(deps.store, team)) return true;
  deps.logger.warn("slack: installed in a workspace that is in no round", { workspace: team });
  const record = await deps.installations.recorded(team);
  if (record) await tellUnboundInstall(deps, record);
  return false;
}
