// `dashboard` (översikt): a personal signed link to the dashboard, which shows what the permission table
// lets this person see (project managers the round, mentors their cluster, others their organisation).
import { dashboardLinkCard } from "../../../cards/dashboard-link.ts";
import type { Context } from "../context.ts";
import { dashboardMessages } from "../dashboard-messages.ts";
import type { Reply } from "../events.ts";
import { mayRun } from "../permissions.ts";
import { privateNotice } from "../replies.ts";

/** Teams shows a reply to everyone in a channel or group chat; only a personal chat (`a:…`) is private. */
export function isSharedTeamsConversation(ctx: Pick<Context, "event">): boolean {
  return ctx.event.platform === "teams" && !ctx.event.channel.startsWith("a:");
}

export async function dashboardCommand(ctx: Context): Promise<Reply[]> {
  const { actor, say } = ctx;
  const t = dashboardMessages(ctx.locale);
  if (!mayRun(actor, "dashboard")) return [privateNotice(say.refusedTitle, say.onlyParticipants)];
  const links = ctx.deps.dashboard;
  if (!links) return [privateNotice(t.dashboardOffTitle, t.dashboardOff)];
  if (isSharedTeamsConversation(ctx)) return [privateNotice(t.personalChatOnlyTitle, t.personalChatOnly)];
  const link = links.linkFor({ email: actor.email, roundId: actor.round.id }, ctx.now, { kind: "dashboard" });
  const view = { url: link.url, expiresAt: link.expiresAt.toISOString(), timeZone: actor.round.timeZone };
  return [{ type: "private", card: dashboardLinkCard(view, ctx.locale) }];
}
