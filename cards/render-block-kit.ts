// Neutral card → Slack Block Kit: a message (chat.postMessage) or, for forms, a modal view.
import { contentBlocks } from "./block-kit-content.ts";
import { inputBlock } from "./block-kit-inputs.ts";
import { SLACK_LIMITS } from "./block-kit-limits.ts";
import { escapeMrkdwn, mrkdwn, plain, truncate } from "./block-kit-text.ts";
import { isInputBlock as isInput } from "./input-block.ts";
import type { Block, Card } from "./model.ts";

type Json = Record<string, unknown>;

export interface BlockKitMessage {
  /** The card summary: what notifications and screen readers say. */
  text: string;
  blocks: Json[];
}

export class CardRenderError extends Error {
  constructor(
    readonly code: "modal-too-large" | "metadata-too-large" | "not-a-form",
    message: string,
  ) {
    super(message);
    this.name = "CardRenderError";
  }
}

/** A message. Inputs cannot be filled in a Slack message, so a form shows its open button instead. */
export function renderBlockKitMessage(card: Card): BlockKitMessage {
  const blocks: Json[] = [{ type: "header", text: plain(card.title, SLACK_LIMITS.headerText) }];
  for (const block of card.blocks) if (!isInput(block)) blocks.push(...contentBlocks(block));
  if (card.form?.open) {
    const { label, command } = card.form.open;
    blocks.push(
      ...contentBlocks({ type: "actions", actions: [{ type: "command", label, command, style: "primary" }] }),
    );
  }
  if (blocks.length > SLACK_LIMITS.messageBlocks) {
    blocks.length = SLACK_LIMITS.messageBlocks - 1;
    blocks.push({ type: "context", elements: [mrkdwn("…", SLACK_LIMITS.sectionText)] });
  }
  return { text: truncate(card.summary, 3000), blocks };
}

/** A modal for a form card: callback_id `form:<formId>`, hidden values in private_metadata. */
export function renderBlockKitModal(card: Card): Json {
  const form = card.form;
  if (!form) throw new CardRenderError("not-a-form", `card ${card.kind} has no form`);
  const blocks: Json[] = [];
  if (card.title.length > SLACK_LIMITS.modalTitle)
    blocks.push({ type: "header", text: plain(card.title, SLACK_LIMITS.headerText) });
  for (const block of card.blocks) blocks.push(...modalBlocks(block));
  if (blocks.length > SLACK_LIMITS.modalBlocks)
    throw new CardRenderError("modal-too-large", `${card.kind}: ${blocks.length} blocks in a modal`);
  const metadata = JSON.stringify(form.hidden);
  if (metadata.length > SLACK_LIMITS.privateMetadata)
    throw new CardRenderError(
      "metadata-too-large",
      `${card.kind}: hidden values take ${metadata.length} chars`,
    );
  return {
    type: "modal",
    callback_id: `form:${form.formId}`,
    title: plain(card.title, SLACK_LIMITS.modalTitle),
    submit: plain(form.submitLabel, SLACK_LIMITS.modalButton),
    ...(form.cancelLabel ? { close: plain(form.cancelLabel, SLACK_LIMITS.modalButton) } : {}),
    private_metadata: metadata,
    blocks,
  };
}

/** The `response_action: "errors"` map: block_id (= input id) → message. */
export function renderBlockKitErrors(card: Card): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const block of card.blocks) if (isInput(block) && block.error) errors[block.id] = block.error;
  return errors;
}

function modalBlocks(block: Block): Json[] {
  if (!isInput(block)) return contentBlocks(block);
  const blocks = [inputBlock(block)];
  // Shown when the modal is re-rendered with errors (views.update) rather than answered with `errors`.
  if (block.error)
    blocks.push({
      type: "context",
      elements: [mrkdwn(`⚠ ${escapeMrkdwn(block.error)}`, SLACK_LIMITS.sectionText)],
    });
  return blocks;
}
