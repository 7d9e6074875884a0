// Personal signed links to the dashboard's pages: the engine asks for one and knows no secret or address.

/** What a link opens: every page the person may see, or one calendar file only (safe to post in a channel). */
export type LinkScope = { kind: "dashboard" } | { kind: "calendar"; organisationId: string };

export interface DashboardLinks {
  linkFor(
    who: { email: string; roundId: string },
    now: Date,
    scope: LinkScope,
  ): { url: string; expiresAt: Date };
}
