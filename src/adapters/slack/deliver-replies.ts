// The engine's replies → Slack: modals, messages, the App Home tab. Modal submissions are answered in
// their ack instead (see modal-response.ts); only their follow-up messages come through here.
import type { Card } from "../../../cards/model.ts";
import { noticeCard } from "../../../cards/notice.ts";
import { renderBlockKitModal } from "../../../cards/render-block-kit.ts";
import type { InboundEvent, Reply } from "../../engine/events.ts";
import type { Logger } from "../../logging/logger.ts";
import { uploadCharts } from "./chart-upload.ts";
import { withOriginChannel } from "./form-origin.ts";
import { type PostTarget, postCard } from "./post-card.ts";
import { type SlackLanguage, slackText } from "./slack-texts.ts";
import { formOfferCard, homeView } from "./views.ts";

/** Where and how one request's replies go (not the scheduler's outbox Delivery). */
export interface ReplyContext extends PostTarget {
  language: SlackLanguage;
  logger: Logger;
}

function commandOf(event: InboundEvent): string {
  if (event.type === "command") return event.text;
  if (event.type === "button-pressed") return event.command;
  return "";
}

async function openForm(card: Card, ctx: ReplyContext): Promise<void> {
  const { request, api } = ctx;
  if (!request.triggerId) {
    // The rendered message of a form shows its own open button when the card names one.
    const offer = card.form?.open ? card : formOfferCard(card, commandOf(request.event), ctx.language);
    await postCard(offer, "private", ctx);
    return;
  }
  const view = renderBlockKitModal(withOriginChannel(card, request.event.channel, request.originMessage?.ts));
  await api.call("views.open", { trigger_id: request.triggerId, view });
}

export async function deliverReply(reply: Reply, ctx: ReplyContext): Promise<void> {
  switch (reply.type) {
    case "none":
      return;
    case "form":
      return openForm(reply.card, ctx);
    case "message":
      await postCard(reply.card, "channel", ctx);
      return uploadCharts(reply.card, ctx.request.event.channel, ctx.api, ctx.logger);
    case "file":
      await postCard(reply.card, "channel", ctx);
      return uploadFile(reply.file, ctx);
    default:
      return postCard(reply.card, "private", ctx);
  }
}

/** An export goes up into the channel it was asked for in; the card already posted names the file. */
async function uploadFile(file: Extract<Reply, { type: "file" }>["file"], ctx: ReplyContext): Promise<void> {
  try {
    const bytes = Buffer.from(file.content, file.encoding ?? "utf8");
    await ctx.api.upload({
      channel: ctx.request.event.channel,
      filename: file.name,
      title: file.name,
      bytes,
    });
  } catch (error) {
    ctx.logger.warn("slack: file upload refused", { file: file.name, err: error });
    await postCard(
      noticeCard({ title: file.name, text: slackText(ctx.language).uploadRefused }),
      "private",
      ctx,
    );
  }
}

/** The App Home tab shows the last card the engine answered `home` with. */
export async function publishHome(replies: Reply[], ctx: ReplyContext): Promise<void> {
  const card = replies.flatMap((r) => (r.type === "none" ? [] : [r.card])).at(-1);
  if (!card) return;
  await ctx.api.call("views.publish", { user_id: ctx.request.event.user.id, view: homeView(card) });
}

export async function deliverReplies(replies: Reply[], ctx: ReplyContext): Promise<void> {
  if (ctx.request.surface === "home") return publishHome(replies, ctx);
  // One at a time, in the engine's order: the user reads them in that order.
  for (const reply of replies) await deliverReply(reply, ctx);
}
