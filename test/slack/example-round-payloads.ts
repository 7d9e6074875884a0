// Slack payloads for people of the example round, shaped as Slack sends them: a slash command from a
// person in their workspace and channel, and the submission of a modal the bot opened.
import type { SlackHome } from "./example-round-bot.ts";

interface Person {
  id: string;
  name: string;
}

let triggers = 0;

export function slashCommandFrom(person: Person, home: SlackHome, text: string, responseUrl: string) {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: home.team,
    team_domain: "kommun",
    channel_id: home.channel,
    channel_name: "jamstalldhet",
    user_id: person.id,
    user_name: person.name,
    command: "/modell",
    text,
    api_app_id: "A0MODELL",
    is_enterprise_install: "false",
    response_url: responseUrl,
    // Unique per command, as Slack's are: the delivery's de-duplication key is made from it.
    trigger_id: `13345224609.738474920.${person.id}${++triggers}`,
  }).toString();
}

interface ModalView {
  callback_id: string;
  private_metadata: string;
  blocks: { type: string; block_id?: string; element?: { type: string; action_id: string } }[];
}

/** `view.state.values` for a modal: each score input at the given level (by point order), no comments. */
export function scoredState(view: ModalView, scores: (number | string)[]) {
  const values: Record<string, Record<string, unknown>> = {};
  let point = 0;
  for (const block of view.blocks) {
    if (block.type !== "input" || !block.block_id || !block.element) continue;
    const { type, action_id } = block.element;
    const state = block.block_id.startsWith("score:")
      ? { type, selected_option: { value: String(scores[point++] ?? scores.at(-1)) } }
      : { type, value: null };
    values[block.block_id] = { [action_id]: state };
  }
  return values;
}

/** The view_submission of `view` (as views.open got it), shown to Slack as `viewId` with `hash`. */
export function viewSubmissionOf(
  person: Person,
  home: SlackHome,
  view: ModalView,
  opened: { viewId: string; hash: string },
  values: Record<string, Record<string, unknown>>,
) {
  return {
    type: "view_submission",
    team: { id: home.team, domain: "kommun" },
    user: { id: person.id, username: person.name, name: person.name, team_id: home.team },
    api_app_id: "A0MODELL",
    token: "legacy-verification-token",
    trigger_id: `${opened.viewId}.trigger`,
    view: {
      ...view,
      id: opened.viewId,
      team_id: home.team,
      state: { values },
      hash: opened.hash,
      root_view_id: opened.viewId,
      app_id: "A0MODELL",
      bot_id: "B0BOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}
