// The one reader of process.env: one zod schema, read once at start-up, failing fast with a message
// that names the variable and says how to fix it.
import { z } from "zod";

const flag = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  HOST: optionalText,
  DATA_DIR: z.string().default("./data"),
  MONGODB_URI: optionalText,
  ROUND_FILE: optionalText,
  CHECKLIST_DIR: optionalText,
  PLAYGROUND: flag.optional(),
  SCHEDULER: flag.default(true),
  TEAMS: flag.default(true),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_API_URL: z.url().default("https://slack.com/api/"),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  TEAMS_ALLOWED_TENANTS: optionalText,
  TEAMS_SERVICE_URL: z.url().default("https://smba.trafficmanager.net/emea/"),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  env: Env;
  production: boolean;
  /** Where the HTTP server listens: loopback unless HOST says otherwise (production defaults to all). */
  host: string;
  playground: boolean;
  slack?: { signingSecret: string; botToken: string; apiUrl: string } | undefined;
  teams: {
    /** Off with TEAMS=off; without an app id only in development on the loopback interface. */
    enabled: boolean;
    appId?: string | undefined;
    appPassword?: string | undefined;
    appTenantId?: string | undefined;
    appType: Env["MICROSOFT_APP_TYPE"];
    allowedTenants: string[];
    serviceUrl: string;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const HINTS: Partial<Record<keyof Env, string>> = {
  PORT: "a port number such as 3978",
  SLACK_API_URL: "a URL such as https://slack.com/api/",
  TEAMS_SERVICE_URL: "a URL such as https://smba.trafficmanager.net/emea/",
  PLAYGROUND: "on or off",
  SCHEDULER: "on or off",
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
  const halfSlack = (env.SLACK_SIGNING_SECRET === undefined) !== (env.SLACK_BOT_TOKEN === undefined);
  if (halfSlack) {
    throw new ConfigError("Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN: set both, or neither.");
  }
  const host = env.HOST ?? (production ? "0.0.0.0" : "127.0.0.1");
  if (env.TEAMS && !env.MICROSOFT_APP_ID) refuseUnauthenticatedTeams(production, host);
  return {
    env,
    production,
    host,
    playground: env.PLAYGROUND ?? !production,
    slack:
      env.SLACK_SIGNING_SECRET && env.SLACK_BOT_TOKEN
        ? {
            signingSecret: env.SLACK_SIGNING_SECRET,
            botToken: env.SLACK_BOT_TOKEN,
            apiUrl: env.SLACK_API_URL,
          }
        : undefined,
    teams: {
      enabled: env.TEAMS,
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      appTenantId: env.MICROSOFT_APP_TENANT_ID,
      appType: env.MICROSOFT_APP_TYPE,
      allowedTenants: (env.TEAMS_ALLOWED_TENANTS ?? "")
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
      serviceUrl: env.TEAMS_SERVICE_URL,
    },
  };
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

/** The raw environment, for the CLI's commands (which read DATA_DIR and MONGODB_URI through io.env). */
export function processEnvironment(): Readonly<Record<string, string | undefined>> {
  return process.env;
}
