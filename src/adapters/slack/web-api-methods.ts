// Every Slack Web API method the adapter calls and the bot scope each needs. The manifest test checks
// manifests/slack/manifest.json against these lists, so a new call cannot ship without its scope.

export const WEB_API_SCOPES = {
  "chat.postMessage": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "chat.update": ["chat:write"],
  "views.open": [],
  // A modal whose save outlasts Slack's 3 s is answered with a "saving" view, then updated.
  "views.update": [],
  "views.publish": [],
  // The e-mail is how people are known in a round; users:read.email requires users:read.
  "users.info": ["users:read", "users:read.email"],
  // Finding a reminder whose sender stopped mid-send, by its metadata, before ever resending it.
  "conversations.history": ["channels:history", "groups:history"],
  // Charts go up as images (files.uploadV2 makes these two calls around the upload itself).
  "files.getUploadURLExternal": ["files:write"],
  "files.completeUploadExternal": ["files:write"],
} as const satisfies Record<string, readonly string[]>;

export type SlackMethod = keyof typeof WEB_API_SCOPES;

/** Bot events the adapter handles and the scope Slack requires to deliver each. */
export const BOT_EVENT_SCOPES = {
  app_mention: ["app_mentions:read"],
  "message.im": ["im:history"],
  app_home_opened: [],
  // The workspace removed the app or revoked its token: its installation goes (uninstall-events.ts).
  app_uninstalled: [],
  tokens_revoked: [],
} as const satisfies Record<string, readonly string[]>;

export const SLASH_COMMAND = "/modell";
export const SLASH_COMMAND_SCOPE = "commands";

/** The smallest set of bot scopes the code needs. */
export function requiredBotScopes(): string[] {
  const scopes = new Set<string>([SLASH_COMMAND_SCOPE]);
  for (const list of [...Object.values(WEB_API_SCOPES), ...Object.values(BOT_EVENT_SCOPES)]) {
    for (const scope of list) scopes.add(scope);
  }
  return [...scopes].sort();
}
