// `help`, and the answer to anything the bot does not understand: never silence.
import { helpCard } from "../../../cards/help.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { privateNotice } from "../replies.ts";

export function helpCommand(ctx: Pick<Context, "locale">): Reply[] {
  return [{ type: "private", card: helpCard(ctx.locale) }];
}

export function unknownCommand(ctx: Pick<Context, "locale" | "say">, word: string): Reply[] {
  return [privateNotice(ctx.say.unknownCommandTitle, ctx.say.unknownCommand(word)), ...helpCommand(ctx)];
}
