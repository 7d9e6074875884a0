// The shape of the Teams settings the adapter takes. src/config.ts, the one loader (app and CLI alike),
// reads and checks them.

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
