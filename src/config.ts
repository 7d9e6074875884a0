// The one reader of process.env (and of the project's .env file): one zod schema, read once at start-up,
// failing fast with a message that names the variable and says how to fix it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE } from "./adapters/slack/channel-pacer.ts";
import { SLACK_OAUTH_REDIRECT_PATH } from "./adapters/slack/oauth-paths.ts";
import { PROJECT_ROOT } from "./project-root.ts";

const flag = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** Where the embedded store lives unless DATA_DIR says otherwise (the CLI finds it the same way). */
export const DEFAULT_DATA_DIR = "./data";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  HOST: optionalText,
  DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  MONGODB_URI: optionalText,
  ROUND_FILE: optionalText,
  CHECKLIST_DIR: optionalText,
  PLAYGROUND: flag.optional(),
  SCHEDULER: flag.default(true),
  TEAMS: flag.default(true),
  /** The Teams library: botbuilder (archived by Microsoft) or the Teams SDK (@microsoft/teams.apps). */
  TEAMS_SDK: z.enum(["botbuilder", "teams"]).default("teams"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_BOT_TOKENS: optionalText,
  SLACK_API_URL: z.url().default("https://slack.com/api/"),
  /** "Add to Slack" over OAuth (Basic Information of the Slack app); see slackOAuthConfig. */
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_INSTALL_REDIRECT_URL: optionalText.pipe(z.url().optional()),
  /** 32 random bytes, base64 or hex: seals the installations' tokens (AES-256-GCM). */
  TOKEN_ENCRYPTION_KEY: optionalText,
  /** Earlier keys, comma-separated: tokens sealed with them are still read, and sealed anew. */
  TOKEN_ENCRYPTION_OLD_KEYS: optionalText,
  /** Slack publishes no figure for chat.postMessage's workspace-wide limit: see channel-pacer.ts. */
  SLACK_WORKSPACE_POSTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(6_000)
    .default(DEFAULT_SLACK_WORKSPACE_POSTS_PER_MINUTE),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  TEAMS_ALLOWED_TENANTS: optionalText,
  TEAMS_SERVICE_URL: z.url().default("https://smba.trafficmanager.net/emea/"),
  /** Signs the dashboard's personal links; development keeps a random one in DATA_DIR when unset. */
  DASHBOARD_SECRET: optionalText,
  /** The bot's address as people reach it, e.g. https://modellbot.example.org: dashboard links start here. */
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
});

export type Env = z.infer<typeof schema>;

/** Every variable the schema reads, in its order: what .env.example and the README's table must list. */
export const ENVIRONMENT_VARIABLES = Object.keys(schema.shape) as (keyof Env)[];

/** One variable as the schema reads it (its default when unset); throws when the value is not valid. */
export function readVariable(name: keyof Env, value: string | undefined): unknown {
  return schema.shape[name].parse(value);
}

export interface Config {
  env: Env;
  production: boolean;
  /** Where the HTTP server listens: loopback unless HOST says otherwise (production defaults to all). */
  host: string;
  playground: boolean;
  /**
   * The dashboard's signed links. Off in production unless PUBLIC_URL and DASHBOARD_SECRET are both set;
   * in development the links start at the local server and the secret may come from DATA_DIR.
   */
  dashboard: { enabled: boolean; secret?: string | undefined; publicUrl?: string | undefined };
  slack?: SlackConfig | undefined;
  teams: {
    /** Off with TEAMS=off; without an app id only in development on the loopback interface. */
    enabled: boolean;
    /** TEAMS_SDK: which library the Teams adapter is built on. */
    library: Env["TEAMS_SDK"];
    appId?: string | undefined;
    appPassword?: string | undefined;
    appTenantId?: string | undefined;
    appType: Env["MICROSOFT_APP_TYPE"];
    allowedTenants: string[];
    serviceUrl: string;
  };
}

export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth state parameter (at least 32 characters). */
  stateSecret: string;
  /** The redirect URL Slack sends the installer back to, when it must be named (several in the app). */
  redirectUrl?: string | undefined;
  /** The key that seals tokens now, and earlier keys that still open what they sealed. */
  tokenKeys: { current: Buffer; old: Buffer[] };
}

export interface SlackConfig {
  signingSecret: string;
  /** Set with SLACK_CLIENT_ID: workspaces install the app with "Add to Slack" (GET /slack/install). */
  oauth?: SlackOAuthConfig | undefined;
  /** The token for every workspace that SLACK_BOT_TOKENS does not list. */
  botToken?: string | undefined;
  /** Workspace (team) id → that workspace's bot token: one installation, one token, per workspace. */
  workspaceTokens: Readonly<Record<string, string>>;
  apiUrl: string;
  /** Posts a minute to one workspace, on top of a channel's one a second. */
  workspacePostsPerMinute: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const HINTS: Partial<Record<keyof Env, string>> = {
  PORT: "a port number such as 3978",
  SLACK_API_URL: "a URL such as https://slack.com/api/",
  SLACK_INSTALL_REDIRECT_URL: "a URL such as https://modellbot.example.org/slack/oauth_redirect",
  SLACK_WORKSPACE_POSTS_PER_MINUTE: "a whole number of posts a minute such as 300",
  TEAMS_SERVICE_URL: "a URL such as https://smba.trafficmanager.net/emea/",
  PLAYGROUND: "on or off",
  PUBLIC_URL: "a URL such as https://modellbot.example.org",
  SCHEDULER: "on or off",
  TEAMS_SDK: "teams (the Teams SDK, the default) or botbuilder",
};

export function loadConfig(source: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "?") as keyof Env;
      return `${name}=${JSON.stringify(source[name] ?? "")} is not valid: ${issue.message}${HINTS[name] ? ` (use ${HINTS[name]})` : ""}`;
    });
    throw new ConfigError(`Configuration error. Fix these environment variables:\n${lines.join("\n")}`);
  }
  return toConfig(parsed.data);
}

function toConfig(env: Env): Config {
  const production = env.NODE_ENV === "production";
  const host = env.HOST ?? (production ? "0.0.0.0" : "127.0.0.1");
  if (env.TEAMS && !env.MICROSOFT_APP_ID) refuseUnauthenticatedTeams(production, host);
  if (env.TEAMS && production) refuseTeamsWithoutSecret(env);
  if (env.TEAMS && env.MICROSOFT_APP_TYPE === "SingleTenant" && !env.MICROSOFT_APP_TENANT_ID) {
    throw new ConfigError(
      "MICROSOFT_APP_TENANT_ID is not set. A SingleTenant bot authenticates in its own tenant: set it to the tenant id of the Azure Bot's app registration, or use MICROSOFT_APP_TYPE=MultiTenant.",
    );
  }
  return {
    env,
    production,
    host,
    playground: env.PLAYGROUND ?? !production,
    dashboard: dashboardConfig(env, production),
    slack: slackConfig(env),
    teams: {
      enabled: env.TEAMS,
      library: env.TEAMS_SDK,
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      appTenantId: env.MICROSOFT_APP_TENANT_ID,
      appType: env.MICROSOFT_APP_TYPE,
      // Commas or spaces between tenant ids, as an operator may write them.
      allowedTenants: (env.TEAMS_ALLOWED_TENANTS ?? "")
        .split(/[\s,]+/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
      // The connector's paths are appended: the base ends in a slash however it was written.
      serviceUrl: env.TEAMS_SERVICE_URL.endsWith("/") ? env.TEAMS_SERVICE_URL : `${env.TEAMS_SERVICE_URL}/`,
    },
  };
}

/** A secret anyone could guess would let them forge any person's link. */
const SECRET_MIN_LENGTH = 32;

function dashboardConfig(env: Env, production: boolean): Config["dashboard"] {
  const secret = env.DASHBOARD_SECRET;
  const publicUrl = env.PUBLIC_URL?.replace(/\/+$/, "");
  if (secret !== undefined && secret.length < SECRET_MIN_LENGTH) {
    throw new ConfigError(
      `DASHBOARD_SECRET is too short: use at least ${SECRET_MIN_LENGTH} random characters, e.g. the output of ` +
        "`openssl rand -base64 48`.",
    );
  }
  if (production && (secret === undefined) !== (publicUrl === undefined)) {
    throw new ConfigError(
      "The dashboard needs both PUBLIC_URL (the address people open, e.g. https://modellbot.example.org) and " +
        "DASHBOARD_SECRET (at least 32 random characters) in production: set both, or neither to leave it off.",
    );
  }
  return { enabled: !production || secret !== undefined, secret, publicUrl };
}

const TOKENS_FORMAT =
  "use WORKSPACE_ID=token pairs separated by commas, e.g. SLACK_BOT_TOKENS=T05QF3L7K2A=xoxb-…,T06HX9RM4PB=xoxb-…";

/**
 * Slack is on when the signing secret and a way to get bot tokens are set: static tokens (SLACK_BOT_TOKEN,
 * SLACK_BOT_TOKENS) or OAuth installs (SLACK_CLIENT_ID and its companions).
 */
function slackConfig(env: Env): SlackConfig | undefined {
  const workspaceTokens = parseWorkspaceTokens(env.SLACK_BOT_TOKENS);
  const oauth = slackOAuthConfig(env);
  const anyToken =
    env.SLACK_BOT_TOKEN !== undefined || Object.keys(workspaceTokens).length > 0 || oauth !== undefined;
  if ((env.SLACK_SIGNING_SECRET === undefined) !== !anyToken) {
    throw new ConfigError(
      "Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_BOT_TOKENS, one token per workspace, " +
        "or SLACK_CLIENT_ID for installs with Add to Slack): set both, or neither.",
    );
  }
  if (!env.SLACK_SIGNING_SECRET) return undefined;
  return {
    signingSecret: env.SLACK_SIGNING_SECRET,
    oauth,
    botToken: env.SLACK_BOT_TOKEN,
    workspaceTokens,
    apiUrl: env.SLACK_API_URL,
    workspacePostsPerMinute: env.SLACK_WORKSPACE_POSTS_PER_MINUTE,
  };
}

const OAUTH_COMPANIONS = ["SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET", "SLACK_INSTALL_REDIRECT_URL"] as const;

/** With SLACK_CLIENT_ID, every workspace installs the app itself ("Add to Slack"); its tokens are sealed. */
function slackOAuthConfig(env: Env): SlackOAuthConfig | undefined {
  const clientId = env.SLACK_CLIENT_ID;
  if (clientId === undefined) {
    const stray = OAUTH_COMPANIONS.find((name) => env[name] !== undefined);
    if (stray)
      throw new ConfigError(
        `${stray} is set but SLACK_CLIENT_ID is not. Installs with Add to Slack need the app's Client ID (Basic ` +
          "Information of the Slack app): set SLACK_CLIENT_ID, or unset " +
          `${stray} to use the bot tokens of SLACK_BOT_TOKEN / SLACK_BOT_TOKENS alone.`,
      );
    return undefined;
  }
  const need = (
    name: "SLACK_CLIENT_SECRET" | "SLACK_STATE_SECRET" | "SLACK_SIGNING_SECRET",
    what: string,
  ) => {
    const value = env[name];
    if (value === undefined) throw new ConfigError(`${name} is not set, but SLACK_CLIENT_ID is. ${what}`);
    return value;
  };
  const clientSecret = need(
    "SLACK_CLIENT_SECRET",
    "The OAuth install exchanges its code with the app's Client Secret: copy it from Basic Information of the Slack app.",
  );
  const stateSecret = need(
    "SLACK_STATE_SECRET",
    `It signs the OAuth state of every install: set at least ${SECRET_MIN_LENGTH} random characters, e.g. the output of \`openssl rand -base64 48\`.`,
  );
  need(
    "SLACK_SIGNING_SECRET",
    "Slack signs every request with it: copy it from Basic Information of the Slack app.",
  );
  if (stateSecret.length < SECRET_MIN_LENGTH)
    throw new ConfigError(
      `SLACK_STATE_SECRET is too short: use at least ${SECRET_MIN_LENGTH} random characters, e.g. the output of \`openssl rand -base64 48\`.`,
    );
  if (env.SLACK_BOT_TOKEN !== undefined)
    throw new ConfigError(
      "SLACK_BOT_TOKEN is set together with SLACK_CLIENT_ID. SLACK_BOT_TOKEN answers every workspace, which the " +
        "installs with Add to Slack replace: unset it, and list a workspace's own static token in SLACK_BOT_TOKENS " +
        "(WORKSPACE_ID=token) if it should override that workspace's install.",
    );
  return {
    clientId,
    clientSecret,
    stateSecret,
    redirectUrl: redirectUrl(env),
    tokenKeys: tokenKeys(env),
  };
}

function redirectUrl(env: Env): string | undefined {
  const publicUrl = env.PUBLIC_URL?.replace(/\/+$/, "");
  const url =
    env.SLACK_INSTALL_REDIRECT_URL ?? (publicUrl ? `${publicUrl}${SLACK_OAUTH_REDIRECT_PATH}` : undefined);
  if (url !== undefined && new URL(url).pathname !== SLACK_OAUTH_REDIRECT_PATH)
    throw new ConfigError(
      `SLACK_INSTALL_REDIRECT_URL must end in ${SLACK_OAUTH_REDIRECT_PATH}, where the bot finishes an install, ` +
        `e.g. https://modellbot.example.org${SLACK_OAUTH_REDIRECT_PATH} (the same URL as under OAuth & Permissions → Redirect URLs).`,
    );
  return url;
}

const KEY_HINT = "32 random bytes as base64 or hex, e.g. the output of `openssl rand -base64 32`";

/** TOKEN_ENCRYPTION_KEY and TOKEN_ENCRYPTION_OLD_KEYS; errors never repeat a key. */
function tokenKeys(env: Env): SlackOAuthConfig["tokenKeys"] {
  if (env.TOKEN_ENCRYPTION_KEY === undefined)
    throw new ConfigError(
      `TOKEN_ENCRYPTION_KEY is not set, but SLACK_CLIENT_ID is. The installs' bot tokens are stored encrypted with it: set ${KEY_HINT}.`,
    );
  const current = decodeKey(env.TOKEN_ENCRYPTION_KEY);
  if (!current) throw new ConfigError(`TOKEN_ENCRYPTION_KEY is not valid: use ${KEY_HINT}.`);
  const old = (env.TOKEN_ENCRYPTION_OLD_KEYS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((raw, i) => {
      const key = decodeKey(raw);
      if (!key)
        throw new ConfigError(
          `TOKEN_ENCRYPTION_OLD_KEYS is not valid: entry ${i + 1} is not ${KEY_HINT}; separate several keys with commas.`,
        );
      return key;
    });
  return { current, old };
}

function decodeKey(raw: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return Buffer.from(raw, "hex");
  if (!/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(raw)) return undefined;
  const key = Buffer.from(raw, "base64");
  return key.length === 32 ? key : undefined;
}

/** "T05QF3L7K2A=xoxb-…,T06HX9RM4PB=xoxb-…" → workspace id → token. Errors never repeat a token. */
export function parseWorkspaceTokens(raw: string | undefined): Record<string, string> {
  const tokens: Record<string, string> = {};
  const entries = (raw ?? "").split(",").map((e) => e.trim());
  for (const [i, entry] of entries.entries()) {
    if (entry === "") continue;
    const at = entry.indexOf("=");
    const workspace = entry.slice(0, Math.max(at, 0)).trim();
    const token = entry.slice(at + 1).trim();
    const problem =
      at < 0 || !/^[TE][A-Z0-9]{2,}$/.test(workspace)
        ? `entry ${i + 1} does not start with a Slack workspace id and "=" (T…=)`
        : !token || /\s/.test(token)
          ? `entry ${i + 1} (${workspace}) has no token, or a token with spaces`
          : Object.hasOwn(tokens, workspace)
            ? `workspace ${workspace} is listed twice`
            : undefined;
    if (problem) throw new ConfigError(`SLACK_BOT_TOKENS is not valid: ${problem}; ${TOKENS_FORMAT}.`);
    tokens[workspace] = token;
  }
  return tokens;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * Without an app id botbuilder checks no caller at all: allowed only for local development, where the
 * endpoint is reachable from this machine alone.
 */
function refuseUnauthenticatedTeams(production: boolean, host: string): void {
  if (production) {
    throw new ConfigError(
      "MICROSOFT_APP_ID is not set. In production the Teams endpoint must check who calls it, which needs the bot's app id " +
        "(and MICROSOFT_APP_PASSWORD): set them from your Azure Bot registration, set TEAMS=off for a bot without Teams, " +
        "or run with NODE_ENV=development locally.",
    );
  }
  if (!LOOPBACK.has(host)) {
    throw new ConfigError(
      `HOST=${host} would open the Teams endpoint, which runs without authentication while MICROSOFT_APP_ID is unset, ` +
        "to other machines. Set MICROSOFT_APP_ID, set TEAMS=off, or keep HOST=127.0.0.1.",
    );
  }
}

/**
 * With an app id but no secret, botbuilder checks callers but can get no token to answer them: every reply
 * and reminder would fail. A user-assigned managed identity (MICROSOFT_APP_TYPE=UserAssignedMSI) needs none.
 */
function refuseTeamsWithoutSecret(env: Env): void {
  if (!env.MICROSOFT_APP_ID || env.MICROSOFT_APP_PASSWORD || env.MICROSOFT_APP_TYPE === "UserAssignedMSI")
    return;
  throw new ConfigError(
    "MICROSOFT_APP_PASSWORD is not set, but MICROSOFT_APP_ID is. Without the app's secret the bot cannot get the token " +
      "it needs to answer in Teams or send reminders: set MICROSOFT_APP_PASSWORD from your Azure Bot registration, or " +
      "set MICROSOFT_APP_TYPE=UserAssignedMSI for a managed identity.",
  );
}

/**
 * The environment the bot and the CLI read: the process's own, and under it the variables of `.env` in the
 * project folder when that file exists. A variable set in the environment wins over the file, even when it
 * is empty (as with `node --env-file`). The file is parsed, not loaded with process.loadEnvFile: that one
 * writes into process.env (keeping what is set there, on Node 20.20 at least, but that is its own rule),
 * while here which side wins is decided in one line, and libraries never see the file's values.
 *
 * Under the test runner (VITEST, which Vitest sets and the processes the tests start inherit) the file is
 * not read: the tests choose every variable themselves, and a developer's .env could name a real Slack
 * workspace or database.
 */
export function processEnvironment(
  projectDir: string = PROJECT_ROOT,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): Readonly<Record<string, string | undefined>> {
  if (environment.VITEST) return environment;
  return { ...envFile(join(projectDir, ".env")), ...environment };
}

function envFile(file: string): Record<string, string | undefined> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new ConfigError(
      `${file} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): make it readable, or remove it to use the environment alone.`,
      { cause: error },
    );
  }
  return parseEnv(text);
}
