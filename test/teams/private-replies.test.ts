// Replies for one person only: Teams has no such message in a channel or group chat, so they go to the
// person's personal chat with the bot; in a personal chat they are ordinary replies.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ANNA,
  CHANNEL,
  cardAction,
  channelMention,
  GROUP_CHAT,
  groupChatMessage,
  PERSONAL_CHAT,
  personalMessage,
  TENANT,
} from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;
const ownFigures = textCard("status", "Karlstad", "Karlstad: 17/30, steg 2 / step 2");
const forEveryone = textCard("notice", "Klart", "Publicerad / Published");

beforeEach(async () => {
  h = await startHarness();
  h.engine.answer = () => [{ type: "private", card: ownFigures }];
});
afterEach(async () => h.stop());

const texts = (conversation: string) =>
  h.connector.activities.filter((a) => a.conversationId.startsWith(conversation)).map((a) => a.activity.text);

describe("a private reply to a channel message", () => {
  it("ends up in the person's personal chat, not in the channel", async () => {
    await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "7100", text: "status" }));

    expect(h.connector.conversations).toEqual([
      { id: `a:1personal-${ANNA.id}`, memberIds: [ANNA.id], tenantId: TENANT },
    ]);
    expect(texts(`a:1personal-${ANNA.id}`)).toEqual([ownFigures.summary]);
    expect(h.connector.activities[0]).toMatchObject({ replyToId: undefined });
    expect(texts(CHANNEL)).toEqual([]);
  });

  it("goes privately while a reply for everyone stays in the channel", async () => {
    h.engine.answer = () => [
      { type: "message", card: forEveryone },
      { type: "private", card: ownFigures },
    ];
    await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "7101", text: "publicerad x" }));

    expect(texts(CHANNEL)).toEqual([forEveryone.summary]);
    expect(texts(`a:1personal-${ANNA.id}`)).toEqual([ownFigures.summary]);
  });

  it("is replaced by a short note in both languages when the personal chat cannot be created", async () => {
    h.connector.refusePersonalChat(ANNA.id);
    await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "7102", text: "status" }));

    const inChannel = texts(CHANNEL);
    expect(inChannel).toHaveLength(1);
    expect(inChannel[0]).toContain("personlig app");
    expect(inChannel[0]).toContain("personal app");
    expect(JSON.stringify(h.connector.activities)).not.toContain("17/30");
  });
});

describe("a private reply elsewhere", () => {
  it("goes to the personal chat from a group chat too", async () => {
    await h.post(groupChatMessage({ serviceUrl: h.connector.serviceUrl, id: "7200", text: "guide" }));

    expect(texts(`a:1personal-${ANNA.id}`)).toEqual([ownFigures.summary]);
    expect(texts(GROUP_CHAT)).toEqual([]);
  });

  it("goes to the personal chat after a button press in a channel", async () => {
    await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:7201",
        verb: "command",
        data: { command: "status" },
        replyToId: "1",
      }),
    );

    expect(texts(`a:1personal-${ANNA.id}`)).toEqual([ownFigures.summary]);
    expect(texts(CHANNEL)).toEqual([]);
  });

  it("is an ordinary reply in a personal chat", async () => {
    await h.post(personalMessage({ serviceUrl: h.connector.serviceUrl, id: "7300", text: "status" }));

    expect(h.connector.conversations).toEqual([]);
    expect(texts(PERSONAL_CHAT)).toEqual([ownFigures.summary]);
  });
});
