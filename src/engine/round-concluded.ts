// The round concludes at the end of the results conference's day: from then on the forms are closed
// (results, status and exports stay), and every form and marking command says so instead.
import { hasPassed } from "../domain/calendar.ts";
import type { Context } from "./context.ts";
import type { Reply } from "./events.ts";
import { privateNotice, refusedForm } from "./replies.ts";

export function isConcluded(ctx: Pick<Context, "actor" | "now">): boolean {
  const { round } = ctx.actor;
  return hasPassed(round.resultsConference, round.timeZone, ctx.now);
}

/** The refusal a form or marking command gives once the round has concluded; undefined before that. */
export function concludedRefusal(ctx: Context, form: boolean): Reply[] | undefined {
  if (!isConcluded(ctx)) return undefined;
  const text = ctx.say.roundConcluded(ctx.actor.round.name);
  return [(form ? refusedForm : privateNotice)(ctx.say.roundClosedTitle, text)];
}
