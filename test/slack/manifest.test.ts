// The app manifest asks for exactly what the code uses: its command, its scopes, its events.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLACK_OAUTH_REDIRECT_PATH } from "../../src/adapters/slack/oauth-paths.ts";
import { SLACK_EVENTS_PATH } from "../../src/adapters/slack/slack-route.ts";
import {
  BOT_EVENT_SCOPES,
  requiredBotScopes,
  SLASH_COMMAND,
  WEB_API_SCOPES,
} from "../../src/adapters/slack/web-api-methods.ts";

const root = join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "manifests", "slack", "manifest.json"), "utf8"));
const adapterDir = join(root, "src", "adapters", "slack");

/** Every `api.call("method", …)` in the adapter's source. */
function methodsCalledInSource(): string[] {
  const methods = new Set<string>();
  for (const file of readdirSync(adapterDir).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(adapterDir, file), "utf8");
    for (const match of source.matchAll(/\bcall\(\s*"([\w.]+)"/g)) methods.add(match[1] as string);
    // The client's uploadV2 helper makes these two calls around the upload itself.
    if (/\bfilesUploadV2\(/.test(source)) {
      methods.add("files.getUploadURLExternal");
      methods.add("files.completeUploadExternal");
    }
  }
  return [...methods].sort();
}

describe("Slack app manifest", () => {
  it("registers the slash command the adapter answers", () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      SLASH_COMMAND,
    ]);
  });

  it("asks for exactly the bot scopes the code needs", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(requiredBotScopes());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
  });

  it("lists every Web API method the code calls, and no other", () => {
    expect(methodsCalledInSource()).toEqual(Object.keys(WEB_API_SCOPES).sort());
  });

  it("subscribes to exactly the bot events the adapter handles", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      Object.keys(BOT_EVENT_SCOPES).sort(),
    );
  });

  it("sends commands, interactivity and events to the one request URL", () => {
    const urls = [
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
    ];
    for (const url of urls) expect(url).toBe(`https://YOUR-HOST${SLACK_EVENTS_PATH}`);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it("sends an install with Add to Slack back to the bot's OAuth redirect", () => {
    expect(manifest.oauth_config.redirect_urls).toEqual([`https://YOUR-HOST${SLACK_OAUTH_REDIRECT_PATH}`]);
  });

  it("turns on the App Home tab and the messages tab for DMs", () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});
