// `calendar [organisation]` (kalender): the organisation's meetings and deadlines as an .ics file. Slack
// uploads it, the playground offers it for download, and everywhere the card carries a signed link that
// opens this one file only (safe in a channel: it opens nothing else).
import { calendarCard } from "../../../cards/dashboard-link.ts";
import { calendarFileName, calendarIcs } from "../../export/calendar-ics.ts";
import type { Context } from "../context.ts";
import { dashboardMessages } from "../dashboard-messages.ts";
import type { Reply } from "../events.ts";
import { organisationTarget } from "../target.ts";

export async function calendarCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const target = await organisationTarget(
    ctx,
    "calendar",
    argument,
    dashboardMessages(ctx.locale).calendarNotYours,
  );
  if (!target.ok) return target.replies;
  const { organisation, cluster } = target;
  const { round } = ctx.actor;
  const request = { round, cluster, organisation, locale: ctx.locale, now: ctx.now };
  const fileName = calendarFileName(request);
  const link = ctx.deps.dashboard?.linkFor({ email: ctx.actor.email, roundId: round.id }, ctx.now, {
    kind: "calendar",
    organisationId: organisation.id,
  });
  const card = calendarCard({ of: organisation.name, fileName, url: link?.url }, ctx.locale);
  const file = { name: fileName, mimeType: "text/calendar", content: calendarIcs(request) };
  return [{ type: "file", card, file }];
}
