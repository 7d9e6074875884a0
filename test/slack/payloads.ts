// Request bodies shaped exactly as Slack sends them (fields trimmed to the ones Slack always includes).
export const BOUND_TEAM = "T0BOUND";
export const UNBOUND_TEAM = "T0STRANGER";
export const ORG_CHANNEL = "C0GRUMS";
export const KEY_PERSON = "U0ANNA";

export function slashCommand(text: string, responseUrl: string, team = BOUND_TEAM): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: team,
    team_domain: "grums-kommun",
    channel_id: ORG_CHANNEL,
    channel_name: "jämställdhet",
    user_id: KEY_PERSON,
    user_name: "anna.lind",
    command: "/modell",
    text,
    api_app_id: "A0MODELL",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
  }).toString();
}

export function blockActions(command: string, responseUrl: string, actionTs = "1700000123.000200") {
  return {
    type: "block_actions",
    user: { id: KEY_PERSON, username: "anna.lind", name: "anna.lind", team_id: BOUND_TEAM },
    api_app_id: "A0MODELL",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: "1700000100.000100",
      channel_id: ORG_CHANNEL,
      is_ephemeral: false,
    },
    trigger_id: "13345224609.738474920.aaaabbbbccccdddd",
    team: { id: BOUND_TEAM, domain: "grums-kommun" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: ORG_CHANNEL, name: "jämställdhet" },
    message: { type: "message", ts: "1700000100.000100", text: "Status", user: "UBOT" },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        action_id: `command:${command}`,
        block_id: "b1",
        text: { type: "plain_text", text: "Bedöm", emoji: true },
        value: command,
        style: "primary",
        type: "button",
        action_ts: actionTs,
      },
    ],
  };
}

export function viewSubmission(formId: string, privateMetadata: string, values: Record<string, unknown>) {
  return {
    type: "view_submission",
    team: { id: BOUND_TEAM, domain: "grums-kommun" },
    user: { id: KEY_PERSON, username: "anna.lind", name: "anna.lind", team_id: BOUND_TEAM },
    api_app_id: "A0MODELL",
    token: "legacy-verification-token",
    trigger_id: "13345224609.738474920.eeeeffff00001111",
    view: {
      id: "V0FORM1",
      team_id: BOUND_TEAM,
      type: "modal",
      blocks: [],
      private_metadata: privateMetadata,
      callback_id: `form:${formId}`,
      state: { values },
      hash: "1700000200.AbCdEf12",
      title: { type: "plain_text", text: "Självskattning" },
      root_view_id: "V0FORM1",
      app_id: "A0MODELL",
      bot_id: "B0BOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function eventCallback(event: Record<string, unknown>, eventId: string, team = BOUND_TEAM): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: team,
    api_app_id: "A0MODELL",
    event: { event_ts: "1700000300.000400", ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000300,
    authorizations: [{ team_id: team, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function appMention(text: string) {
  return { type: "app_mention", user: KEY_PERSON, text, ts: "1700000300.000400", channel: ORG_CHANNEL };
}

export function directMessage(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: "message",
    channel_type: "im",
    channel: "D0ANNA",
    user: KEY_PERSON,
    text,
    ts: "1700000400.000500",
    ...extra,
  };
}

export function homeOpened() {
  return { type: "app_home_opened", user: KEY_PERSON, channel: "D0ANNA", tab: "home" };
}
