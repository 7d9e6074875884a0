// The Teams settings, checked once at start-up. src/config.ts reads process.env and passes it here.
import { z } from "zod";

export const DEFAULT_TEAMS_SERVICE_URL = "https://smba.trafficmanager.net/emea/";

export type TeamsAppType = "MultiTenant" | "SingleTenant" | "UserAssignedMSI";

export interface TeamsConfig {
  /** Absent only in local development: botbuilder then accepts unauthenticated requests. */
  appId?: string | undefined;
  appPassword?: string | undefined;
  appTenantId?: string | undefined;
  appType: TeamsAppType;
  /** Empty: every tenant named in a round may talk to the bot. */
  allowedTenants: string[];
  /** Where proactive posts go before a conversation has sent its first activity. */
  serviceUrl: string;
}

export type TeamsConfigResult = { ok: true; config: TeamsConfig } | { ok: false; error: string };

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: optional,
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  TEAMS_ALLOWED_TENANTS: z
    .string()
    .default("")
    .transform((v) => v.split(/[\s,]+/).filter((t) => t !== "")),
  TEAMS_SERVICE_URL: z.url({ protocol: /^https?$/ }).default(DEFAULT_TEAMS_SERVICE_URL),
});

export function checkTeamsConfig(env: Readonly<Record<string, string | undefined>>): TeamsConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${String(issue?.path[0])}: ${issue?.message}` };
  }
  const e = parsed.data;
  if (!e.MICROSOFT_APP_ID && e.NODE_ENV === "production") {
    return {
      ok: false,
      error:
        "MICROSOFT_APP_ID is not set. Without an app id botbuilder accepts unauthenticated requests at " +
        "/api/messages, which is allowed only in local development. Set MICROSOFT_APP_ID and " +
        "MICROSOFT_APP_PASSWORD to the Azure Bot's app registration (and MICROSOFT_APP_TENANT_ID for a " +
        "SingleTenant bot), or leave NODE_ENV unset for local development.",
    };
  }
  if (e.MICROSOFT_APP_ID && e.MICROSOFT_APP_TYPE !== "UserAssignedMSI" && !e.MICROSOFT_APP_PASSWORD) {
    return { ok: false, error: "MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set" };
  }
  if (e.MICROSOFT_APP_TYPE === "SingleTenant" && !e.MICROSOFT_APP_TENANT_ID) {
    return { ok: false, error: "MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE is SingleTenant" };
  }
  return {
    ok: true,
    config: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      appTenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      allowedTenants: e.TEAMS_ALLOWED_TENANTS,
      serviceUrl: e.TEAMS_SERVICE_URL.endsWith("/") ? e.TEAMS_SERVICE_URL : `${e.TEAMS_SERVICE_URL}/`,
    },
  };
}
