// `help`, and the answer to anything the bot does not understand: never silence. The card lists only what
// the permission table lets this person run.
import { type HelpCommand, helpCard, helpCommands } from "../../../cards/help.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { mayAct, mayRun } from "../permissions.ts";
import { privateNotice } from "../replies.ts";

export function helpCommand(ctx: Pick<Context, "locale" | "actor">): Reply[] {
  const allowed: HelpCommand[] = helpCommands().filter((c) => mayRun(ctx.actor, c));
  const onBehalf = mayAct(ctx.actor, "assess", { round: true });
  return [{ type: "private", card: helpCard(ctx.locale, allowed, onBehalf) }];
}

export function unknownCommand(ctx: Pick<Context, "locale" | "say" | "actor">, word: string): Reply[] {
  return [privateNotice(ctx.say.unknownCommandTitle, ctx.say.unknownCommand(word)), ...helpCommand(ctx)];
}
