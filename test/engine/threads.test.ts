// Replies to a message in a thread stay in that thread: a Slack mention inside a thread is answered with its
// thread_ts, and a Teams message in a channel's reply chain is answered in that chain.
import { describe, expect, it } from "vitest";
import { KARLSTAD, NADIA, startExampleRoundBot } from "../slack/example-round-bot.ts";
import { eventCallback } from "../slack/payloads.ts";
import { JSON_TYPE } from "../slack/signed-request.ts";
import { channelMention } from "../teams/fixtures.ts";
import { KARLSKRONA, LARS, startRealEngine } from "../teams/real-engine-harness.ts";

const NOW = "2027-03-10T09:00:00Z";

describe("answers in a thread", () => {
  it("in Slack: a mention inside a thread is answered in the thread", async () => {
    const bot = await startExampleRoundBot(NOW);
    try {
      const mention = {
        type: "app_mention",
        user: NADIA.id,
        text: "<@UBOT> status",
        ts: "1773133300.000200",
        thread_ts: "1773133200.000100",
        channel: KARLSTAD.channel,
      };
      await bot.send(eventCallback(mention, "EvThread1", KARLSTAD.team), JSON_TYPE);
      await bot.adapter.settled();
      const answers = [...bot.slack.callsTo("chat.postMessage"), ...bot.slack.callsTo("chat.postEphemeral")];
      expect(answers.length).toBeGreaterThan(0);
      for (const call of answers) expect(call.body.thread_ts).toBe("1773133200.000100");
      // Outside a thread, at the channel's top level as before.
      const top = { ...mention, ts: "1773133400.000300", thread_ts: undefined };
      await bot.send(eventCallback(top, "EvThread2", KARLSTAD.team), JSON_TYPE);
      await bot.adapter.settled();
      const later = [
        ...bot.slack.callsTo("chat.postMessage"),
        ...bot.slack.callsTo("chat.postEphemeral"),
      ].slice(answers.length);
      for (const call of later) expect(call.body.thread_ts).toBeUndefined();
    } finally {
      await bot.close();
    }
  });

  it("in Teams: a message in a channel's reply chain is answered in the same chain", async () => {
    const h = await startRealEngine(NOW);
    try {
      const inChain = channelMention({
        serviceUrl: h.connector.serviceUrl,
        id: "reply-77",
        text: "bedöm",
        from: LARS,
        ...KARLSKRONA,
      });
      const conversation = inChain.conversation as { id: string };
      conversation.id = `${KARLSKRONA.channel};messageid=root-1`;
      await h.post(inChain);
      const posted = h.connector.activities.filter((a) => a.conversationId.startsWith(KARLSKRONA.channel));
      expect(posted.length).toBeGreaterThan(0);
      for (const a of posted) expect(a.conversationId).toBe(`${KARLSKRONA.channel};messageid=root-1`);
    } finally {
      await h.stop();
    }
  });
});
