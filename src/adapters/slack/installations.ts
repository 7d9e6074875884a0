// Our installation store for Bolt's OAuth (storeInstallation, fetchInstallation, deleteInstallation) on the
// store port, and the bot token of each installation for everything the adapter sends. Tokens are sealed
// before they reach the store and opened only here. With token rotation on, a token is refreshed shortly
// before it expires by one instance (a claim in the store); Bolt is never handed a refresh token, so it
// never refreshes on its own.

import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { webApi } from "@slack/bolt";
import { errorMessage } from "../../logging/error-message.ts";
import type { Logger } from "../../logging/logger.ts";
import type { SlackInstallation, Store } from "../../store/port.ts";
import { toBoltLogger } from "./logger.ts";
import { webClientOptions } from "./slack-api.ts";
import type { TokenSeal } from "./token-seal.ts";

export type InstallationStorePort = Pick<
  Store,
  | "saveSlackInstallation"
  | "findSlackInstallation"
  | "listSlackInstallations"
  | "deleteSlackInstallation"
  | "claimTick"
>;

export interface SlackInstallations {
  /** Bolt's installation store: what Bolt's OAuth flow and its authorize() use. */
  readonly bolt: InstallationStore;
  /** A workspace's bot token now (refreshed first when it expires soon); undefined: not installed. */
  botToken(workspace: string): Promise<string | undefined>;
  /** After a call with `expired` was answered token_expired: the token after a refresh, if one could be had. */
  renewed(workspace: string, expired: string): Promise<string | undefined>;
  /** app_uninstalled, tokens_revoked: the installation and its tokens are removed. */
  remove(id: string): Promise<SlackInstallation | undefined>;
  /** The stored installation (its tokens sealed), for the notices. */
  recorded(id: string): Promise<SlackInstallation | undefined>;
  /** At start: every token sealed with a key in TOKEN_ENCRYPTION_OLD_KEYS is sealed anew with the current key. */
  resealAll(): Promise<void>;
}

export interface InstallationsOptions {
  store: InstallationStorePort;
  seal: TokenSeal;
  app: { clientId: string; clientSecret: string };
  apiUrl: string;
  instanceId: string;
  clock: () => Date;
  logger: Logger;
  /** A workspace listed in SLACK_BOT_TOKENS: its static token overrides its installation. */
  staticToken?: (workspace: string) => string | undefined;
  sleep?: (ms: number) => Promise<void>;
}

/** A rotating token is refreshed this long before it expires (Slack's last 12 hours). */
export const REFRESH_AHEAD_MS = 30 * 60_000;
/** One refresh claim per token and window: a refresher that died leaves the next window to another. */
const CLAIM_WINDOW_MS = 5 * 60_000;
/** What this process keeps of an installation: another instance's uninstall is seen within this. */
const KEEP_MS = 5_000;

interface Opened {
  record: SlackInstallation;
  token: string;
}

export function createSlackInstallations(options: InstallationsOptions): SlackInstallations {
  const { store, seal, clock, logger } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const kept = new Map<string, { opened: Opened | undefined; at: number }>();
  const refreshing = new Map<string, Promise<string | undefined>>();
  const noTokenClient = new webApi.WebClient(undefined, {
    ...webClientOptions({ apiUrl: options.apiUrl }),
    logger: toBoltLogger(logger),
  });

  /** Opens the record; one sealed with an old key is sealed anew with the current key. */
  const open = async (record: SlackInstallation): Promise<Opened> => {
    const bot = seal.open(record.botToken, record.id);
    const refresh = record.botRefreshToken ? seal.open(record.botRefreshToken, record.id) : undefined;
    if (!bot.stale && !refresh?.stale) return { record, token: bot.token };
    const resealed: SlackInstallation = {
      ...record,
      botToken: seal.seal(bot.token, record.id),
      botRefreshToken: refresh ? seal.seal(refresh.token, record.id) : undefined,
      updatedAt: clock().toISOString(),
    };
    await store.saveSlackInstallation(resealed);
    logger.info("slack: sealed an installation's tokens with the current key", { installation: record.id });
    return { record: resealed, token: bot.token };
  };

  const read = async (id: string, fresh = false): Promise<Opened | undefined> => {
    const hit = kept.get(id);
    if (!fresh && hit && performance.now() - hit.at < KEEP_MS) return hit.opened;
    const record = await store.findSlackInstallation(id);
    const opened = record ? await open(record) : undefined;
    kept.set(id, { opened, at: performance.now() });
    return opened;
  };

  /** The installation that serves a workspace: its own, else an org-wide one approved for it. */
  const serving = async (workspace: string, enterpriseId?: string): Promise<Opened | undefined> => {
    const own = await read(workspace);
    if (own) return own;
    if (enterpriseId) return read(enterpriseId);
    const org = (await orgWide()).find((i) => i.teams?.includes(workspace));
    return org ? read(org.id) : undefined;
  };

  /** The org-wide installs, kept like the rest: a request from an unknown workspace reads no list. */
  let orgs: { list: Promise<SlackInstallation[]>; at: number } | undefined;
  const orgWide = () => {
    if (!orgs || performance.now() - orgs.at >= KEEP_MS) {
      const list = store.listSlackInstallations().then((all) => all.filter((i) => i.isEnterpriseInstall));
      orgs = { list, at: performance.now() };
      list.catch(() => {
        if (orgs?.list === list) orgs = undefined;
      });
    }
    return orgs.list;
  };

  const fresh = async (opened: Opened, expired?: string): Promise<string | undefined> => {
    const { record } = opened;
    if (expired) {
      // Another instance may have refreshed it already.
      const latest = await read(record.id, true);
      if (!latest || latest.token !== expired) return latest?.token;
    }
    if (!record.botRefreshToken || !record.botTokenExpiresAt) return expired ? undefined : opened.token;
    const left = Date.parse(record.botTokenExpiresAt) - clock().getTime();
    if (!expired && left > REFRESH_AHEAD_MS) return opened.token;
    let running = refreshing.get(record.id);
    if (!running) {
      running = refresh(opened, left, expired).finally(() => refreshing.delete(record.id));
      refreshing.set(record.id, running);
    }
    return running;
  };

  const refresh = async (opened: Opened, left: number, expired?: string): Promise<string | undefined> => {
    const { record } = opened;
    const now = clock();
    const window = Math.floor(now.getTime() / CLAIM_WINDOW_MS);
    const key = `slack-token-refresh:${record.id}:${record.botTokenExpiresAt}:${expired ? "expired:" : ""}${window}`;
    if (!(await store.claimTick(key, options.instanceId, now.toISOString()))) {
      // Another instance refreshes it: until it has, the current token still works (if it has not expired).
      if (left > 0 && !expired) return opened.token;
      return waitForRefresh(record);
    }
    const latest = await read(record.id, true);
    if (!latest) return undefined;
    if (latest.token !== opened.token) return latest.token;
    try {
      return await exchange(latest);
    } catch (error) {
      logger.error("slack: the bot token could not be refreshed", {
        installation: record.id,
        error: errorMessage(error),
      });
      return left > 0 && !expired ? opened.token : undefined;
    }
  };

  const waitForRefresh = async (record: SlackInstallation): Promise<string | undefined> => {
    for (let i = 0; i < 10; i += 1) {
      await sleep(300);
      const again = await read(record.id, true);
      if (!again || again.record.botToken !== record.botToken) return again?.token;
    }
    return undefined;
  };

  /** oauth.v2.access with grant_type=refresh_token: a new bot token and a new refresh token. */
  const exchange = async ({ record }: Opened): Promise<string> => {
    const refreshToken = seal.open(record.botRefreshToken ?? "", record.id).token;
    const answer = (await noTokenClient.apiCall("oauth.v2.access", {
      client_id: options.app.clientId,
      client_secret: options.app.clientSecret,
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    })) as { access_token?: string; refresh_token?: string; expires_in?: number };
    if (!answer.access_token || !answer.refresh_token || !answer.expires_in)
      throw new Error("oauth.v2.access answered without a token");
    const now = clock();
    const updated: SlackInstallation = {
      ...record,
      botToken: seal.seal(answer.access_token, record.id),
      botRefreshToken: seal.seal(answer.refresh_token, record.id),
      botTokenExpiresAt: new Date(now.getTime() + answer.expires_in * 1000).toISOString(),
      updatedAt: now.toISOString(),
    };
    await store.saveSlackInstallation(updated);
    kept.set(record.id, { opened: { record: updated, token: answer.access_token }, at: performance.now() });
    logger.info("slack: refreshed the bot token", {
      installation: record.id,
      expiresAt: updated.botTokenExpiresAt,
    });
    return answer.access_token;
  };

  const bolt: InstallationStore = {
    async storeInstallation(installation) {
      const record = recordOf(installation as Installation, seal, clock().toISOString());
      if (record.isEnterpriseInstall)
        record.teams = await approvedTeams(noTokenClient, installation.bot?.token);
      await store.saveSlackInstallation(record);
      kept.delete(record.id);
      orgs = undefined;
      logger.info("slack: installed", { installation: record.id, scopes: record.scopes.join(",") });
    },
    async fetchInstallation(query) {
      const team = query.teamId;
      const override = team ? options.staticToken?.(team) : undefined;
      if (override) return installationFor(query, override);
      const opened = query.isEnterpriseInstall
        ? await read(query.enterpriseId ?? "")
        : team
          ? await serving(team, query.enterpriseId)
          : undefined;
      const token = opened ? await fresh(opened) : undefined;
      // Not installed: passed on without a token, so that the person is told (handle-request.ts).
      return installationFor(query, token, opened?.record);
    },
    async deleteInstallation(query) {
      await remove(idOf(query));
    },
  };

  const remove = async (id: string) => {
    const removed = await store.deleteSlackInstallation(id);
    kept.delete(id);
    orgs = undefined;
    if (removed) logger.info("slack: installation removed with its tokens", { installation: id });
    return removed;
  };

  return {
    bolt,
    async botToken(workspace) {
      const override = options.staticToken?.(workspace);
      if (override) return override;
      const opened = await serving(workspace);
      return opened ? fresh(opened) : undefined;
    },
    async renewed(workspace, expired) {
      const opened = await serving(workspace);
      return opened ? fresh(opened, expired) : undefined;
    },
    remove,
    recorded: (id) => store.findSlackInstallation(id),
    async resealAll() {
      for (const record of await store.listSlackInstallations()) {
        try {
          await open(record);
        } catch (error) {
          logger.error("slack: an installation's tokens do not open with the configured keys", {
            installation: record.id,
            error: errorMessage(error),
          });
        }
      }
    },
  };
}

function idOf(query: InstallationQuery<boolean>): string {
  return (query.isEnterpriseInstall ? query.enterpriseId : query.teamId) ?? "";
}

/** What oauth.v2.access gave, as we keep it: the bot's token sealed, no user token. */
function recordOf(installation: Installation, seal: TokenSeal, at: string): SlackInstallation {
  const { bot } = installation;
  const enterprise = installation.enterprise;
  const isEnterpriseInstall = installation.isEnterpriseInstall === true;
  const id = isEnterpriseInstall ? enterprise?.id : installation.team?.id;
  if (!bot || !id) throw new Error("the install gave no bot token (the app needs its bot scopes)");
  return {
    id,
    isEnterpriseInstall,
    teamId: installation.team?.id,
    teamName: installation.team?.name,
    enterpriseId: enterprise?.id,
    enterpriseName: enterprise?.name,
    appId: installation.appId,
    botId: bot.id,
    botUserId: bot.userId,
    scopes: bot.scopes,
    botToken: seal.seal(bot.token, id),
    botRefreshToken: bot.refreshToken ? seal.seal(bot.refreshToken, id) : undefined,
    botTokenExpiresAt: bot.expiresAt ? new Date(bot.expiresAt * 1000).toISOString() : undefined,
    installedBy: installation.user.id,
    installedAt: at,
    updatedAt: at,
  };
}

/** An org-wide install's workspaces, so that posts to them find it (auth.teams.list). */
async function approvedTeams(client: webApi.WebClient, token: string | undefined): Promise<string[]> {
  if (!token) return [];
  const answer = (await client.apiCall("auth.teams.list", { token, limit: 1000 })) as {
    teams?: { id?: string }[];
  };
  return (answer.teams ?? []).flatMap((t) => (t.id ? [t.id] : []));
}

/** The installation as Bolt's authorize() reads it: a bot token (or none), never a refresh token. */
function installationFor(
  query: InstallationQuery<boolean>,
  token: string | undefined,
  record?: SlackInstallation,
): Installation {
  return {
    team: query.teamId ? { id: query.teamId } : undefined,
    enterprise: query.enterpriseId ? { id: query.enterpriseId } : undefined,
    user: { token: undefined, scopes: undefined, id: record?.installedBy ?? "" },
    ...(token
      ? {
          bot: {
            token,
            id: record?.botId ?? "",
            userId: record?.botUserId ?? "",
            scopes: record?.scopes ?? [],
          },
        }
      : {}),
    isEnterpriseInstall: query.isEnterpriseInstall,
    authVersion: "v2",
  } as Installation;
}
