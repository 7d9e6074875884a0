// Real-shaped Teams activities (as the Bot Connector posts them) and the round they belong to.
import type { Round } from "../../src/domain/round.ts";

export const TENANT = "6f1c9e5a-2b7d-4c1e-9a3f-0d8e7b6a5c41";
export const FOREIGN_TENANT = "0a0a0a0a-1111-2222-3333-444455556666";
export const BOT_ID = "28:00000000-0000-0000-0000-00000000b0t1";
export const CHANNEL = "19:5b9d3c0e8f2a4e1b@thread.tacv2";
export const TEAM = "19:team-karlstad@thread.tacv2";
export const PERSONAL_CHAT = "a:1Hq7PersonalChatWithAnna";
export const GROUP_CHAT = "19:meeting-or-group_b1f0c2d3e4@thread.v2";
export const ANNA = { id: "29:1AnnaTeamsId", aadObjectId: "aad-anna-0001", name: "Anna Berg" };

export function round(tenant = TENANT): Round {
  return {
    id: "r2025",
    name: "Modellkommuner 2025",
    language: "sv",
    timeZone: "Europe/Stockholm",
    checklist: "skr-10",
    startUp: "2025-02-03",
    resultsConference: "2026-01-20",
    projectManagers: [{ name: "Per Projekt", email: "per@skr.example" }],
    organisations: [
      {
        id: "karlstad",
        name: "Karlstad",
        kind: "municipality",
        people: [{ name: "Anna Berg", email: "anna.berg@karlstad.example", role: "key-person" }],
        home: { platform: "teams", workspace: tenant, channel: CHANNEL },
      },
    ],
    clusters: [],
    showNamesInResults: true,
  };
}

const clientInfo = {
  type: "clientInfo",
  locale: "sv-SE",
  country: "SE",
  platform: "Web",
  timezone: "Europe/Stockholm",
};

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
}

interface Common {
  serviceUrl: string;
  id: string;
  tenant?: string;
  /** Who sends it; Anna Berg unless given. */
  from?: TeamsUser;
  /** The channel (or group chat) it comes from; Karlstad's channel unless given. */
  channel?: string;
}

function base({ serviceUrl, id, from }: Common) {
  return {
    id,
    channelId: "msteams",
    serviceUrl,
    timestamp: "2025-03-03T08:00:00.000Z",
    localTimestamp: "2025-03-03T09:00:00.000+01:00",
    locale: "sv-SE",
    localTimezone: "Europe/Stockholm",
    from: { ...(from ?? ANNA) },
    recipient: { id: BOT_ID, name: "Modellbot" },
  };
}

export function personalMessage(c: Common & { text: string }) {
  const tenant = c.tenant ?? TENANT;
  return {
    ...base(c),
    type: "message",
    text: c.text,
    textFormat: "plain",
    conversation: { conversationType: "personal", tenantId: tenant, id: PERSONAL_CHAT },
    entities: [clientInfo],
    channelData: { tenant: { id: tenant } },
  };
}

export function channelMention(c: Common & { text: string }) {
  const tenant = c.tenant ?? TENANT;
  const channel = c.channel ?? CHANNEL;
  return {
    ...base(c),
    type: "message",
    text: `<at>Modellbot</at> ${c.text}\n`,
    textFormat: "plain",
    attachments: [{ contentType: "text/html", content: `<div><at id="0">Modellbot</at> ${c.text}</div>` }],
    conversation: {
      isGroup: true,
      conversationType: "channel",
      tenantId: tenant,
      id: `${channel};messageid=${c.id}`,
    },
    entities: [
      { type: "mention", text: "<at>Modellbot</at>", mentioned: { id: BOT_ID, name: "Modellbot" } },
      clientInfo,
    ],
    channelData: {
      teamsChannelId: channel,
      teamsTeamId: TEAM,
      channel: { id: channel },
      team: { id: TEAM },
      tenant: { id: tenant },
    },
  };
}

export function cardAction(c: Common & { verb: string; data: Record<string, unknown>; replyToId: string }) {
  const tenant = c.tenant ?? TENANT;
  const channel = c.channel ?? CHANNEL;
  return {
    ...base(c),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: c.replyToId,
    value: { action: { type: "Action.Execute", verb: c.verb, data: c.data }, trigger: "manual" },
    conversation: { isGroup: true, conversationType: "channel", tenantId: tenant, id: channel },
    channelData: {
      channel: { id: channel },
      team: { id: TEAM },
      tenant: { id: tenant },
      source: { name: "message" },
    },
  };
}

/** A message in a group chat with the bot (no team, no channel). */
export function groupChatMessage(c: Common & { text: string }) {
  const tenant = c.tenant ?? TENANT;
  return {
    ...base(c),
    type: "message",
    text: `<at>Modellbot</at> ${c.text}`,
    textFormat: "plain",
    conversation: { isGroup: true, conversationType: "groupChat", tenantId: tenant, id: GROUP_CHAT },
    entities: [
      { type: "mention", text: "<at>Modellbot</at>", mentioned: { id: BOT_ID, name: "Modellbot" } },
      clientInfo,
    ],
    channelData: { tenant: { id: tenant } },
  };
}

/** An Action.Submit from a client without Universal Actions: the data arrives as a message's value. */
export function submitFallback(c: Common & { data: Record<string, unknown>; replyToId: string }) {
  const tenant = c.tenant ?? TENANT;
  return {
    ...base(c),
    type: "message",
    replyToId: c.replyToId,
    value: c.data,
    conversation: { conversationType: "personal", tenantId: tenant, id: PERSONAL_CHAT },
    channelData: { tenant: { id: tenant }, source: { name: "message" } },
  };
}

export function botAddedToTeam(c: Common) {
  const tenant = c.tenant ?? TENANT;
  const channel = c.channel ?? CHANNEL;
  return {
    ...base(c),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT_ID }],
    conversation: { isGroup: true, conversationType: "channel", tenantId: tenant, id: channel },
    channelData: {
      // A team's General channel has the team's id.
      team: {
        aadGroupId: "3b1c1f9e-aaaa-bbbb-cccc-0123456789ab",
        name: "Karlstad jämställdhet",
        id: channel,
      },
      eventType: "teamMemberAdded",
      tenant: { id: tenant },
    },
  };
}

/** The app installed in a personal scope (or upgraded). */
export function appInstalledPersonally(c: Common) {
  const tenant = c.tenant ?? TENANT;
  return {
    ...base(c),
    type: "installationUpdate",
    action: "add",
    conversation: { conversationType: "personal", tenantId: tenant, id: PERSONAL_CHAT },
    channelData: { tenant: { id: tenant }, source: { name: "message" } },
  };
}
