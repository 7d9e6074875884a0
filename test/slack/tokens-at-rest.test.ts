// The bot's tokens are never kept or logged in clear: after installs, a token refresh, requests and reminders
// (every log level on, Bolt's debug lines too), neither the SQLite files nor the logs hold any token.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REFRESH_AHEAD_MS } from "../../src/adapters/slack/installations.ts";
import { statusCard } from "./cards.ts";
import {
  CLIENT,
  fakeInstall,
  GRUMS,
  KALMAR,
  type OAuthHarness,
  STATE_SECRET,
  startOAuthHarness,
} from "./oauth-harness.ts";
import { appMention, eventCallback } from "./payloads.ts";

let h: OAuthHarness;
afterEach(() => h.close());

/** Every file of the embedded store (the database, its WAL and shared-memory files), as bytes read as text. */
function storeFiles(): string {
  return readdirSync(h.dataDir)
    .map((name) => readFileSync(join(h.dataDir, name)).toString("latin1"))
    .join("\n");
}

describe("tokens at rest and in the logs", () => {
  it("are found nowhere in clear, in the store's files or the logs", async () => {
    h = await startOAuthHarness();
    await h.install(
      "code-grums",
      fakeInstall(GRUMS.team, { refreshToken: "xoxe-1-grums", expiresIn: 43_200 }),
    );
    await h.install("code-kalmar", fakeInstall(KALMAR.team));
    h.advance(43_200_000 - REFRESH_AHEAD_MS + 60_000);
    const mention = { ...appMention("<@UBOT> status"), user: GRUMS.person, channel: GRUMS.channel };
    await h.event(eventCallback(mention, "EvG1", GRUMS.team));
    await h.adapter.settled();
    const home = { platform: "slack" as const, workspace: KALMAR.team, channel: KALMAR.channel };
    await h.adapter.sender.send(home, statusCard(), "k1");
    const secrets = [
      "xoxb-grums-from-oauth",
      "xoxb-grums-from-oauth-r1",
      "xoxe-1-grums",
      "xoxe-1-grums-r1",
      "xoxb-kalmar-from-oauth",
      CLIENT.clientSecret,
      STATE_SECRET,
    ];
    // The tokens were really used (so that there was something to leak) and the files are really read.
    expect(h.slack.callsTo("chat.postMessage").map((c) => c.token)).toEqual(
      expect.arrayContaining(["xoxb-grums-from-oauth-r1", "xoxb-kalmar-from-oauth"]),
    );
    const files = storeFiles();
    expect(files).toContain(GRUMS.team);
    expect(files).toContain("sealed:v1:");
    expect(h.logs.some((l) => l.includes("slack: installed"))).toBe(true);
    expect(h.logs.some((l) => l.startsWith("debug slack:"))).toBe(true);
    for (const secret of secrets) {
      expect(files.includes(secret), `store files hold ${secret}`).toBe(false);
      expect(
        h.logs.filter((l) => l.includes(secret)).map((l) => l.slice(0, 300)),
        `logs hold ${secret}`,
      ).toEqual([]);
    }
  });
});
