// The engine's DashboardLinks port: personal links signed with the bot's secret, under its public address.
import type { DashboardLinks } from "../engine/dashboard-port.ts";
import type { DashboardRevocation } from "../store/port.ts";
import { LINK_LIFETIME_MS, type LinkHolder, signToken } from "./link-token.ts";

export const DASHBOARD_PATH = "/dashboard";
export const CALENDAR_PATH = "/dashboard/calendar.ics";

/** `baseUrl` is asked at each link: in development the port is known only once the server listens. */
export function dashboardLinks(secret: string, baseUrl: () => string): DashboardLinks {
  return {
    linkFor(who, now, scope) {
      const calendarOnly = scope.kind === "calendar" ? scope.organisationId : undefined;
      const url = new URL(scope.kind === "calendar" ? CALENDAR_PATH : DASHBOARD_PATH, `${baseUrl()}/`);
      if (calendarOnly) url.searchParams.set("organisation", calendarOnly);
      url.searchParams.set("t", signToken(secret, { ...who, calendarOnly }, now));
      return { url: url.toString(), expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS) };
    },
  };
}

/** A link issued at or before a revocation that covers its holder no longer opens anything. */
export function isRevoked(holder: LinkHolder, revocations: readonly DashboardRevocation[]): boolean {
  const email = holder.email.toLowerCase();
  return revocations.some(
    (r) =>
      (r.email === undefined || r.email.toLowerCase() === email) &&
      holder.issuedAt.getTime() <= Date.parse(r.revokedAt),
  );
}
