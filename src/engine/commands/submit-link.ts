// The link form a "presentation link" or "description link" button opens: submitted, it marks the item
// published exactly as `published <link>` (or `description <link>`) does, for the organisation it names.
import { LINK_INPUT, LINK_MEETING, type LinkItem, linkForm } from "../../../cards/link-form.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import { fieldErrors } from "../forms/submission.ts";
import { refusedForm } from "../replies.ts";
import { formTarget } from "../target.ts";
import { descriptionCommand } from "./description.ts";
import {
  asLink,
  linkFormView,
  MAX_LINK_LENGTH,
  meetingRef,
  nextBenchmarkingMeeting,
  publishedCommand,
} from "./published.ts";

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
  // A presentation's form names its meeting; one naming no meeting of the cluster is not ours. A form from
  // before forms named it (still open in a Teams chat) is for the next meeting, as it always was.
  const named = event.hidden[LINK_MEETING];
  const meeting =
    named === undefined
      ? nextBenchmarkingMeeting(ctx, owner.cluster)
      : owner.cluster.meetings.find((m) => m.id === named);
  if (item === "presentation" && named !== undefined && !meeting)
    return [refusedForm(ctx.say.refusedTitle, ctx.say.formUnknown)];
  if (problem) {
    const what =
      item === "presentation" && meeting
        ? { item, meeting: meetingRef(ctx, meeting) }
        : { item: "description" as const };
    const view = linkFormView(ctx, owner, event.hidden.nonce ?? ctx.deps.newNonce(), what);
    return fieldErrors(linkForm(view, ctx.locale), event.values, { [LINK_INPUT]: problem });
  }
  const argument = `${text} ${owner.organisation.id}`;
  const replies =
    item === "presentation"
      ? await publishedCommand(ctx, argument, named === undefined ? undefined : meeting?.id)
      : await descriptionCommand(ctx, argument);
  // Marked: the form's place shows the confirmation. Refused (no meeting ahead, round closed): the reason.
  return replies.map((reply) =>
    reply.type === "message"
      ? { type: "form-accepted", card: reply.card }
      : reply.type === "private"
        ? { type: "form-refused", card: reply.card }
        : reply,
  );
}
