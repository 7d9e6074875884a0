// Added to a team, channel or chat, the bot says one short welcome: what it is, whose channel this is (or
// that a project manager should bind it; in a personal chat, that it is the person's own), and help.
// Through real Bolt and real botbuilder over HTTP.
import { describe, expect, it } from "vitest";
import { KARLSTAD, startExampleRoundBot } from "../slack/example-round-bot.ts";
import { eventCallback } from "../slack/payloads.ts";
import { JSON_TYPE } from "../slack/signed-request.ts";
import { appInstalledPersonally, botAddedToTeam } from "../teams/fixtures.ts";
import { KARLSKRONA, startRealEngine } from "../teams/real-engine-harness.ts";

const NOW = "2027-01-10T09:00:00Z";

describe("the welcome when the bot is added", () => {
  it("in Slack: a member_joined_channel of the bot itself gets a welcome naming the organisation's home", async () => {
    const bot = await startExampleRoundBot(NOW);
    try {
      const joined = {
        type: "member_joined_channel",
        user: "UBOT",
        channel: KARLSTAD.channel,
        channel_type: "C",
        team: KARLSTAD.team,
      };
      const body = JSON.parse(eventCallback(joined, "EvJoin1", KARLSTAD.team)) as Record<string, unknown>;
      await bot.send(JSON.stringify(body), JSON_TYPE);
      await bot.adapter.settled();
      const posted = bot.slack.callsTo("chat.postMessage").map((c) => JSON.stringify(c.body));
      expect(posted).toHaveLength(1);
      // Karlstad's channel speaks English.
      expect(posted[0]).toContain("Hello, I am Modellbot");
      expect(posted[0]).toContain("This channel is Karlstads kommun's home");
      // Someone else joining is no occasion to speak.
      const other = { ...joined, user: "U0SOMEONE" };
      await bot.send(eventCallback(other, "EvJoin2", KARLSTAD.team), JSON_TYPE);
      await bot.adapter.settled();
      expect(bot.slack.callsTo("chat.postMessage")).toHaveLength(1);
    } finally {
      await bot.close();
    }
  });

  it("in Teams: added to a team whose channel is no organisation's home, it says a project manager can bind it", async () => {
    const h = await startRealEngine(NOW);
    try {
      await h.post(
        botAddedToTeam({ serviceUrl: h.connector.serviceUrl, id: "welcome-1", tenant: KARLSKRONA.tenant }),
      );
      const said = JSON.stringify(h.connector.activities.map((a) => a.activity));
      expect(said).toContain("Hej, jag är Modellbot");
      expect(said).toContain("koppla <organisation>");
    } finally {
      await h.stop();
    }
  });

  it("in a Teams personal chat: it says the chat is the person's own, not that a project manager can bind it", async () => {
    const h = await startRealEngine(NOW);
    try {
      await h.post(
        appInstalledPersonally({
          serviceUrl: h.connector.serviceUrl,
          id: "welcome-2",
          tenant: KARLSKRONA.tenant,
        }),
      );
      const said = JSON.stringify(h.connector.activities.map((a) => a.activity));
      expect(said).toContain("Hej, jag är Modellbot");
      expect(said).toContain("Det här är vår personliga chatt");
      expect(said).not.toContain("koppla");
      expect(said).not.toContain("projektledare");
    } finally {
      await h.stop();
    }
  });
});
