// `language sv|en` (språk): a person chooses the language the bot speaks to them in, everywhere; `language
// default` goes back to their organisation's. Channel posts (reminders) stay in the organisation's language.
import { languageWord } from "../command-words.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { messages } from "../messages.ts";
import { privateNotice } from "../replies.ts";

export async function languageCommand(ctx: Context, argument: string): Promise<Reply[]> {
  const { say, actor, deps } = ctx;
  const typed = argument.trim().toLocaleLowerCase("sv");
  const chosen = await deps.store.getLanguage(actor.email);
  if (!typed) return [privateNotice(say.languageTitle, say.languageNow(chosen !== undefined))];
  const wanted = languageWord(typed);
  if (!wanted) return [privateNotice(say.formatTitle, say.languageUsage)];
  const at = ctx.now.toISOString();
  if (wanted === "default") {
    await deps.store.setLanguage(actor.email, undefined, at);
    const own = messages(actor.organisation?.language ?? actor.round.language);
    return [privateNotice(own.languageTitle, own.languageDefault)];
  }
  await deps.store.setLanguage(actor.email, wanted, at);
  const now = messages(wanted);
  return [privateNotice(now.languageTitle, now.languageSet)];
}
