// Slack surfaces built around the renderers' Block Kit: the App Home tab, the view that replaces a
// submitted modal, and the card that offers a form where Slack gives no trigger to open a modal.
import type { Card } from "../../../cards/model.ts";
import { renderBlockKitMessage } from "../../../cards/render-block-kit.ts";
import { NO_WORKSPACE_TOKEN, type SlackLanguage, slackText, UNBOUND_WORKSPACE } from "./slack-texts.ts";

const MODAL_TITLE_MAX = 24;

function plain(text: string): { type: "plain_text"; text: string } {
  return { type: "plain_text", text };
}

function shortTitle(title: string): string {
  return title.length <= MODAL_TITLE_MAX ? title : `${title.slice(0, MODAL_TITLE_MAX - 1)}…`;
}

export function homeView(card: Card): Record<string, unknown> {
  return { type: "home", blocks: renderBlockKitMessage(card).blocks };
}

/** `response_action: "update"` after a submission: the confirmation in place of the form. */
export function resultModal(card: Card, language: SlackLanguage): Record<string, unknown> {
  return {
    type: "modal",
    title: plain(shortTitle(card.title)),
    close: plain(slackText(language).close),
    blocks: renderBlockKitMessage(card).blocks,
  };
}

/** Mentions and DMs carry no trigger_id, so a form is offered as a button that runs the same command. */
export function formOfferCard(form: Card, command: string, language: SlackLanguage): Card {
  const text = slackText(language);
  return {
    kind: "form-offer",
    title: form.title,
    summary: text.openFormSummary,
    blocks: [
      { type: "heading", text: form.title },
      { type: "text", text: text.openFormSummary },
      { type: "actions", actions: [{ type: "command", label: text.openForm, command, style: "primary" }] },
    ],
  };
}

export function unboundWorkspaceCard(): Card {
  const { title, summary } = UNBOUND_WORKSPACE;
  return { kind: "unbound-workspace", title, summary, blocks: [{ type: "text", text: summary }] };
}

export function noWorkspaceTokenCard(): Card {
  const { title, summary } = NO_WORKSPACE_TOKEN;
  return { kind: "no-workspace-token", title, summary, blocks: [{ type: "text", text: summary }] };
}
