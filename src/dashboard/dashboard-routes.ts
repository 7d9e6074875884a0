// The dashboard's pages on the bot's own HTTP server. Every page needs a personal signed link (`?t=`):
// altered, expired, revoked or foreign links get a bilingual refusal and nothing else; what a valid link
// shows is decided by the permission table for the person it was issued to.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Checklist } from "../domain/checklist.ts";
import { pickLocale } from "../domain/locale.ts";
import type { Locale } from "../domain/round.ts";
import { clusterOf } from "../domain/round.ts";
import { type Actor, actorInRound } from "../engine/actor.ts";
import { mayAct } from "../engine/permissions.ts";
import { calendarFileName, calendarIcs } from "../export/calendar-ics.ts";
import type { Logger } from "../logging/logger.ts";
import type { Route } from "../server/route.ts";
import type { Store } from "../store/port.ts";
import { CALENDAR_PATH, DASHBOARD_PATH, isRevoked } from "./dashboard-links.ts";
import type { RefusalReason } from "./dashboard-strings.ts";
import { DASHBOARD_CSS } from "./dashboard-style.ts";
import { dashboardView, visibleMembers } from "./dashboard-view.ts";
import { type LinkHolder, verifyToken } from "./link-token.ts";
import { pageLinks } from "./page-links.ts";
import { renderClusterPage } from "./render-cluster-page.ts";
import { STYLE_PATH } from "./render-layout.ts";
import { renderRefusal } from "./render-refusal.ts";
import { renderRoundPage } from "./render-round-page.ts";

export interface DashboardRouteDeps {
  store: Store;
  checklists: ReadonlyMap<string, Checklist>;
  secret: string;
  clock: () => Date;
  logger: Logger;
}

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "content-security-policy":
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

const STATUS: Record<RefusalReason, number> = {
  missing: 401,
  invalid: 401,
  expired: 401,
  revoked: 401,
  unknown: 401,
  notYours: 403,
  notFound: 404,
};

interface Access {
  holder: LinkHolder;
  actor: Actor;
  checklist: Checklist;
  token: string;
  locale: Locale;
  query: URLSearchParams;
}

function refuse(res: ServerResponse, reason: RefusalReason): void {
  res.writeHead(STATUS[reason], { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS });
  res.end(renderRefusal(reason));
}

function send(res: ServerResponse, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(200, { "content-type": type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

export function dashboardRoutes(deps: DashboardRouteDeps): Route[] {
  const { store, secret, clock } = deps;

  async function access(req: IncomingMessage, res: ServerResponse): Promise<Access | undefined> {
    const query = new URL(req.url ?? "/", "http://dashboard").searchParams;
    const token = query.get("t");
    if (!token) return void refuse(res, "missing");
    const now = clock();
    const checked = verifyToken(secret, token, now);
    if (!checked.ok) return void refuse(res, checked.reason);
    const { holder } = checked;
    if (isRevoked(holder, await store.listDashboardRevocations())) return void refuse(res, "revoked");
    const round = await store.getRound(holder.roundId);
    const actor = round && actorInRound(round, holder.email);
    const checklist = round && deps.checklists.get(round.checklist);
    if (!actor || !checklist) return void refuse(res, "unknown");
    const locale = pickLocale(
      query.get("lang") ?? undefined,
      actor.organisation?.language ?? actor.round.language,
    );
    return { holder, actor, checklist, token, locale, query };
  }

  /** A valid link asked for what its holder may not see: refused, and kept in the audit trail. */
  async function notYours(
    res: ServerResponse,
    a: Access,
    what: string,
    target: { organisationId?: string; clusterId?: string },
  ) {
    await store.appendAudit({
      roundId: a.actor.round.id,
      at: clock().toISOString(),
      action: "refused",
      who: { platform: "dashboard", workspace: "web", userId: a.holder.email, email: a.holder.email },
      ...target,
      what,
    });
    refuse(res, "notYours");
  }

  const page =
    (handler: (req: IncomingMessage, res: ServerResponse, a: Access) => Promise<void>) =>
    async (req: IncomingMessage, res: ServerResponse) => {
      const a = await access(req, res);
      if (!a) return;
      // A calendar link may be posted in a channel: it opens that one file and no page.
      if (a.holder.calendarOnly !== undefined && !(req.url ?? "").startsWith(CALENDAR_PATH))
        return refuse(res, "notYours");
      await handler(req, res, a);
    };

  return [
    {
      method: "GET",
      path: STYLE_PATH,
      handler: async (_req, res) =>
        send(res, "text/css; charset=utf-8", DASHBOARD_CSS, { "cache-control": "public, max-age=3600" }),
    },
    {
      method: "GET",
      path: DASHBOARD_PATH,
      handler: page(async (_req, res, a) => {
        const view = await dashboardView({ store, checklist: a.checklist }, a.actor, clock());
        const body = renderRoundPage(view, a.locale, pageLinks(a.token, a.locale), a.holder.expiresAt);
        send(res, "text/html; charset=utf-8", body);
      }),
    },
    {
      method: "GET",
      path: `${DASHBOARD_PATH}/cluster`,
      prefix: true,
      handler: page(async (req, res, a) => {
        const path = new URL(req.url ?? "/", "http://dashboard").pathname;
        const id = decodeURIComponent(path.slice(`${DASHBOARD_PATH}/cluster/`.length));
        const cluster = a.actor.round.clusters.find((c) => c.id === id);
        if (!cluster) return refuse(res, "notFound");
        if (visibleMembers(a.actor, cluster).length === 0)
          return notYours(res, a, `dashboard cluster ${id}`, { clusterId: id });
        const view = await dashboardView({ store, checklist: a.checklist }, a.actor, clock(), cluster.id);
        const panel = view.clusters[0];
        if (!panel) return refuse(res, "notFound");
        send(
          res,
          "text/html; charset=utf-8",
          renderClusterPage(view, panel, a.checklist, a.locale, pageLinks(a.token, a.locale)),
        );
      }),
    },
    {
      method: "GET",
      path: CALENDAR_PATH,
      handler: page(async (_req, res, a) => {
        const { round } = a.actor;
        const organisationId = a.query.get("organisation") ?? undefined;
        const clusterId = a.query.get("cluster") ?? undefined;
        if (
          a.holder.calendarOnly !== undefined &&
          (clusterId !== undefined || organisationId !== a.holder.calendarOnly)
        )
          return refuse(res, "notYours");
        const organisation = organisationId
          ? round.organisations.find((o) => o.id === organisationId)
          : undefined;
        const cluster = organisation
          ? clusterOf(round, organisation.id)
          : round.clusters.find((c) => c.id === clusterId);
        if (!cluster || (organisationId !== undefined && !organisation)) return refuse(res, "notFound");
        const target = organisation ? { organisationId: organisation.id } : { clusterId: cluster.id };
        if (!mayAct(a.actor, "calendar", target))
          return notYours(res, a, `calendar ${organisationId ?? clusterId}`, target);
        const request = { round, cluster, organisation, locale: a.locale, now: clock() };
        send(res, "text/calendar; charset=utf-8", calendarIcs(request), {
          "content-disposition": `attachment; filename="${calendarFileName(request)}"`,
        });
      }),
    },
  ];
}
