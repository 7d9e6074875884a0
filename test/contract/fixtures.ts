// Inbound payloads for the adapter contract, in the shapes the platforms send. Where each comes from:
// - Slack slash commands (test/slack/example-round-payloads.ts): the form-encoded body of Slack's docs,
//   "Implementing slash commands" (token, team_id, channel_id, user_id, command, text, response_url,
//   trigger_id, api_app_id, is_enterprise_install).
// - Slack `view_submission` and `block_actions`: the replay captures in vercel/chat
//   (packages/integration-tests/fixtures/replay/modals/slack.json: `viewSubmission`, `action`), with
//   `view.state.values` keyed block id → action id → `{ type, value | selected_option | selected_options }`.
// - Teams `message` and `invoke` (`adaptiveCard/action`) activities (test/teams/fixtures.ts): the Bot
//   Connector's activity schema as the Teams docs show it ("Universal Actions for Adaptive Cards": the
//   invoke's `value.action` with `type: "Action.Execute"`, `verb`, `data`), with `channelData.tenant.id`.
// - Playground: the page's own JSON requests (src/adapters/playground/playground-requests.ts).

interface SlackInputBlock {
  type: string;
  block_id?: string;
  element?: { type: string; action_id: string };
}

export interface SlackView {
  callback_id: string;
  private_metadata: string;
  blocks: SlackInputBlock[];
}

/** `view.state.values` for a modal: each named field filled as its element type reports it. */
export function viewState(view: SlackView, values: Record<string, string>) {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== "input" || !block.block_id || !block.element) continue;
    const { type, action_id } = block.element;
    const value = values[block.block_id];
    state[block.block_id] = { [action_id]: elementState(type, value) };
  }
  return state;
}

function elementState(type: string, value: string | undefined): Record<string, unknown> {
  const option = (v: string) => ({ text: { type: "plain_text", text: v, emoji: true }, value: v });
  switch (type) {
    case "static_select":
    case "radio_buttons":
      return { type, selected_option: value === undefined ? null : option(value) };
    case "checkboxes":
    case "multi_static_select":
      return { type, selected_options: value ? value.split(",").map(option) : [] };
    case "datepicker":
      return { type, selected_date: value ?? null };
    default:
      return { type, value: value ?? null };
  }
}

/** A button pressed on a message the bot posted in `home`'s channel. */
export function blockActionsOn(
  person: { id: string; name: string },
  home: { team: string; channel: string },
  button: { actionId: string; value: string | undefined; label: string; responseUrl: string },
) {
  const ts = "1774425600.000100";
  return {
    type: "block_actions",
    user: { id: person.id, username: person.name, name: person.name, team_id: home.team },
    api_app_id: "A0MODELL",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: ts, channel_id: home.channel, is_ephemeral: false },
    trigger_id: `13345224609.738474920.${person.id}.${Date.now()}`,
    team: { id: home.team, domain: "kommun" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: home.channel, name: "jamstalldhet" },
    message: { type: "message", ts, text: "", user: "U0BOT" },
    state: { values: {} },
    response_url: button.responseUrl,
    actions: [
      {
        action_id: button.actionId,
        block_id: "reminder-actions",
        text: { type: "plain_text", text: button.label, emoji: true },
        ...(button.value === undefined ? {} : { value: button.value }),
        type: "button",
        action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
      },
    ],
  };
}
