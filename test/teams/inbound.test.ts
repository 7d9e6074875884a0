// Messages and installs over HTTP: what the engine is asked, what Teams receives, what is stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ANNA,
  appInstalledPersonally,
  BOT_ID,
  botAddedToTeam,
  CHANNEL,
  channelMention,
  PERSONAL_CHAT,
  personalMessage,
  TENANT,
} from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.connector.addMember({ ...ANNA, email: "Anna.Berg@karlstad.example", tenantId: TENANT });
  h.engine.answer = (event) =>
    event.type === "command"
      ? [{ type: "message", card: textCard("status", "Status", `Svar på ${event.text}`) }]
      : [];
});
afterEach(async () => h.stop());

describe("a personal message", () => {
  it("reaches the engine as a command with the user's e-mail and locale, and the reply arrives as a card", async () => {
    const res = await h.post(
      personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1001", text: "status" }),
    );

    expect(res.status).toBe(200);
    expect(h.engine.events).toEqual([
      expect.objectContaining({
        type: "command",
        text: "status",
        platform: "teams",
        workspace: TENANT,
        channel: PERSONAL_CHAT,
        eventId: "teams:1001",
        user: {
          id: ANNA.aadObjectId,
          displayName: ANNA.name,
          locale: "sv-SE",
          email: "anna.berg@karlstad.example",
          // The person is judged by the tenant of the activity.
          workspace: TENANT,
        },
      }),
    ]);
    expect(h.connector.activities).toHaveLength(1);
    const sent = h.connector.activities[0];
    expect(sent?.conversationId).toBe(PERSONAL_CHAT);
    expect(sent?.replyToId).toBe("1001");
    expect(sent?.activity).toMatchObject({
      type: "message",
      text: "Svar på status",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: { type: "AdaptiveCard", version: "1.5" },
        },
      ],
    });
  });

  it("stores the conversation reference so that the bot can write there later", async () => {
    await h.post(personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1002", text: "help" }));

    const stored = await h.store.getConversationReference("teams", TENANT, PERSONAL_CHAT);
    expect(stored?.reference).toMatchObject({
      serviceUrl: h.connector.serviceUrl,
      conversation: { id: PERSONAL_CHAT, tenantId: TENANT },
      bot: { id: BOT_ID },
    });
  });

  it("accepts a leading slash", async () => {
    await h.post(personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1003", text: "/guide" }));
    expect(h.engine.events[0]).toMatchObject({ type: "command", text: "guide" });
  });

  it("is handled once when Teams sends it again", async () => {
    const activity = personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1004", text: "status" });
    await h.post(activity);
    const again = await h.post(activity);

    expect(again.status).toBe(200);
    expect(h.engine.events).toHaveLength(1);
    expect(h.connector.activities).toHaveLength(1);
  });

  it("looks the member up once, then uses the cached e-mail", async () => {
    await h.post(personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1005", text: "status" }));
    await h.post(personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1006", text: "guide" }));

    expect(h.connector.requests.filter((r) => r.startsWith("GET"))).toHaveLength(1);
    expect(h.engine.events.map((e) => e.user.email)).toEqual([
      "anna.berg@karlstad.example",
      "anna.berg@karlstad.example",
    ]);
  });
});

describe("a channel message that @mentions the bot", () => {
  it("reaches the engine without the mention, in the channel (not the thread)", async () => {
    await h.post(channelMention({ serviceUrl: h.connector.serviceUrl, id: "2001", text: "/assess" }));

    expect(h.engine.events[0]).toMatchObject({ type: "command", text: "assess", channel: CHANNEL });
    expect(h.connector.activities[0]).toMatchObject({
      conversationId: `${CHANNEL};messageid=2001`,
      replyToId: "2001",
    });
    const stored = await h.store.getConversationReference("teams", TENANT, CHANNEL);
    expect(stored?.reference).toMatchObject({ conversation: { id: CHANNEL } });
  });

  it("keeps the mention of a person in the command text", async () => {
    const activity = channelMention({
      serviceUrl: h.connector.serviceUrl,
      id: "2002",
      text: "bind <at>Per</at>",
    });
    activity.entities.push({
      type: "mention",
      text: "<at>Per</at>",
      mentioned: { id: "29:per", name: "Per" },
    });
    await h.post(activity);
    expect(h.engine.events[0]).toMatchObject({ text: "bind <at>Per</at>" });
  });
});

describe("the bot added to a team", () => {
  it("stores the channel's reference and tells the engine it was installed", async () => {
    h.engine.answer = (event) =>
      event.type === "installed"
        ? [{ type: "message", card: textCard("welcome", "Hej", "Hej! / Hello!") }]
        : [];
    const res = await h.post(botAddedToTeam({ serviceUrl: h.connector.serviceUrl, id: "f:3001" }));

    expect(res.status).toBe(200);
    expect(h.engine.events).toEqual([expect.objectContaining({ type: "installed", channel: CHANNEL })]);
    expect(await h.store.getConversationReference("teams", TENANT, CHANNEL)).toBeDefined();
    expect(h.connector.activities.map((a) => a.activity.text)).toEqual(["Hej! / Hello!"]);
  });
});

describe("the app installed in a personal chat", () => {
  it("stores the chat's reference and tells the engine", async () => {
    await h.post(appInstalledPersonally({ serviceUrl: h.connector.serviceUrl, id: "f:3101" }));

    expect(h.engine.events).toEqual([expect.objectContaining({ type: "installed", channel: PERSONAL_CHAT })]);
    expect(await h.store.getConversationReference("teams", TENANT, PERSONAL_CHAT)).toBeDefined();
  });
});

describe("an export asked for in Teams", () => {
  it("posts the export's card, whose table carries the figures, since a bot may not send files to a channel", async () => {
    const card = {
      kind: "export",
      title: "Export: Modellkommuner 2027",
      summary: "modellkommuner-2027.csv: resultaten för 7 organisationer.",
      blocks: [
        {
          type: "table" as const,
          columns: ["Organisation", "Senaste summa"],
          rows: [["Grums kommun", "24/30"]],
        },
      ],
    };
    h.engine.answer = () => [
      { type: "file", card, file: { name: "modellkommuner-2027.csv", mimeType: "text/csv", content: "x" } },
    ];
    await h.post(personalMessage({ serviceUrl: h.connector.serviceUrl, id: "1900", text: "exportera" }));
    expect(h.connector.activities).toHaveLength(1);
    expect(JSON.stringify(h.connector.activities[0]?.activity)).toContain("24/30");
  });
});
