// The link form a "presentation link" or "description link" button opens: submitted, it marks the item
// published exactly as `published <link>` (or `description <link>`) does, for the organisation it names.
import { LINK_INPUT, type LinkItem, linkForm } from "../../../cards/link-form.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { fieldErrors } from "../forms/submission.ts";
import { formTarget } from "../target.ts";
import { descriptionCommand } from "./description.ts";
import { asLink, MAX_LINK_LENGTH, publishedCommand } from "./published.ts";

type FormEvent = Extract<Context["event"], { type: "form-submitted" }>;

export async function submitLink(ctx: Context, event: FormEvent, item: LinkItem): Promise<Reply[]> {
  const command = item === "presentation" ? "published" : "description";
  const owner = await formTarget(ctx, command, event.hidden);
  if (!owner.ok) return owner.replies;
  const typed = event.values[LINK_INPUT];
  const text = typeof typed === "string" ? typed.trim() : "";
  const problem =
    typeof typed !== "string"
      ? ctx.say.notPlainText
      : text.length > MAX_LINK_LENGTH
        ? ctx.say.tooLong(MAX_LINK_LENGTH)
        : !asLink(text)
          ? ctx.say.publishedBadLink
          : undefined;
  if (problem) {
    const card = linkForm(
      {
        roundId: ctx.actor.round.id,
        organisationId: owner.organisation.id,
        nonce: event.hidden.nonce ?? ctx.deps.newNonce(),
        organisationName: owner.organisation.name,
        item,
      },
      ctx.locale,
    );
    return fieldErrors(card, event.values, { [LINK_INPUT]: problem });
  }
  const act = item === "presentation" ? publishedCommand : descriptionCommand;
  const replies = await act(ctx, `${text} ${owner.organisation.id}`);
  // Marked: the form's place shows the confirmation. Refused (no meeting ahead, round closed): the reason.
  return replies.map((reply) =>
    reply.type === "message"
      ? { type: "form-accepted", card: reply.card }
      : reply.type === "private"
        ? { type: "form-refused", card: reply.card }
        : reply,
  );
}
