// The events Slack sends when a workspace takes the app's tokens back, in the shape of the Slack API docs'
// examples for app_uninstalled and tokens_revoked (Events API envelope: token, team_id, api_app_id, event,
// type, event_id, event_time; tokens_revoked lists the user ids whose `oauth` and `bot` tokens went).
export function appUninstalled(team: string, eventId: string): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: team,
    api_app_id: "A0MODELLBOT",
    event: { type: "app_uninstalled" },
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000500,
  });
}

export function tokensRevoked(team: string, eventId: string, tokens: { oauth?: string[]; bot?: string[] }) {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: team,
    api_app_id: "A0MODELLBOT",
    event: { type: "tokens_revoked", tokens },
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000501,
  });
}
