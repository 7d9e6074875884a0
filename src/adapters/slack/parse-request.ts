// Slack body → one neutral InboundEvent, plus where on Slack it came from (which decides where replies
// go). Never throws: anything the bot does not handle becomes `unsupported`.
import type { InboundEvent } from "../../engine/events.ts";
import { commandText } from "./message-text.ts";
import { parseBlockActions, parseViewSubmission } from "./parse-interactivity.ts";
import {
  appMentionSchema,
  directMessageSchema,
  eventCallbackSchema,
  homeOpenedSchema,
  memberJoinedSchema,
  type SlashCommand,
  slashCommandSchema,
} from "./slack-payloads.ts";
import { SLASH_COMMAND } from "./web-api-methods.ts";

export type Surface =
  | "slash-command"
  | "mention"
  | "direct-message"
  | "button"
  | "modal"
  | "home"
  | "joined"
  | "other";

export interface SlackRequest {
  event: InboundEvent;
  surface: Surface;
  /** The thread a mention or message was written in (`thread_ts`): the answer goes there too. */
  threadTs?: string | undefined;
  /** Opens a modal; valid for 3 seconds after the user acted. */
  triggerId?: string | undefined;
  /** Replies to a slash command or button where the bot may not be a channel member. */
  responseUrl?: string | undefined;
  /**
   * The channel message a button was pressed on, or (for a modal submission) the message its form was
   * opened from: updated after a submit so that it does not go on showing what is now out of date.
   */
  originMessage?: { channel: string; ts: string } | undefined;
  /** A modal submission's view: a slow save replaces the "saving" view there (slow-modal.ts). */
  viewId?: string | undefined;
}

/**
 * Each body is parsed with the one schema its kind calls for: a schema that fails still builds its
 * error, which costs more than the parse that succeeds.
 */
export function parseSlackBody(body: unknown): SlackRequest {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  if (typeof fields.command === "string") return parseSlashCommand(body) ?? other(body);
  switch (fields.type) {
    case "event_callback":
      return parseEvent(body) ?? other(body);
    case "block_actions":
      return parseBlockActions(body) ?? other(body);
    case "view_submission":
      return parseViewSubmission(body) ?? other(body);
    default:
      return other(body);
  }
}

/** A DM's id starts with D (a channel's with C, a private channel's or group DM's with G). */
function inDirectMessage(channel: string): { personal?: true } {
  return channel.startsWith("D") ? { personal: true } : {};
}

function parseSlashCommand(body: unknown): SlackRequest | undefined {
  const parsed = slashCommandSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const c: SlashCommand = parsed.data;
  const origin = {
    platform: "slack" as const,
    workspace: c.team_id,
    channel: c.channel_id,
    user: { id: c.user_id, displayName: c.user_name },
    eventId: `slack:command:${c.trigger_id}`,
    ...inDirectMessage(c.channel_id),
  };
  if (c.command !== SLASH_COMMAND) {
    return { surface: "other", event: { type: "unsupported", reason: `command ${c.command}`, ...origin } };
  }
  const event: InboundEvent = { type: "command", text: commandText(c.text), ...origin };
  return { surface: "slash-command", event, triggerId: c.trigger_id, responseUrl: c.response_url };
}

function parseEvent(body: unknown): SlackRequest | undefined {
  const parsed = eventCallbackSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { team_id: workspace, event_id, event } = parsed.data;
  const base = { platform: "slack" as const, workspace, eventId: `slack:event:${event_id}` };
  // A mention in a channel and a DM to the bot carry the same words the slash command does.
  const spoken = appMentionSchema.safeParse(event);
  const dm = spoken.success ? undefined : directMessageSchema.safeParse(event);
  const said = spoken.success ? spoken.data : dm?.success ? dm.data : undefined;
  if (said) {
    const { user, channel, text, user_team, thread_ts } = said;
    const command: InboundEvent = {
      type: "command",
      text: commandText(text),
      ...base,
      channel,
      // users.info has the last word on the user's workspace; until then, what the event says.
      user: user_team ? { id: user, workspace: user_team } : { id: user },
      ...inDirectMessage(channel),
    };
    return { surface: spoken.success ? "mention" : "direct-message", event: command, threadTs: thread_ts };
  }
  // The bot was added to a channel: the engine says hello there.
  const joined = event.type === "member_joined_channel" ? memberJoinedSchema.safeParse(event) : undefined;
  const botUser = parsed.data.authorizations?.[0]?.user_id;
  if (joined?.success && botUser && joined.data.user === botUser) {
    const { channel, user } = joined.data;
    return { surface: "joined", event: { type: "installed", ...base, channel, user: { id: user } } };
  }
  const home = homeOpenedSchema.safeParse(event);
  if (home.success) {
    const { user, channel } = home.data;
    return {
      surface: "home",
      event: {
        type: "command",
        text: "home",
        ...base,
        channel,
        user: { id: user },
        ...inDirectMessage(channel),
      },
    };
  }
  const channel = typeof event.channel === "string" && event.channel ? event.channel : "unknown";
  const user = { id: typeof event.user === "string" && event.user ? event.user : "unknown" };
  return {
    surface: "other",
    event: { type: "unsupported", reason: `event ${event.type}`, ...base, channel, user },
  };
}

/** Something Slack sent that the bot does not handle (a shortcut, a URL button, a malformed body…). */
function other(body: unknown): SlackRequest {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const kind = typeof fields.type === "string" ? fields.type : "unknown";
  const event: InboundEvent = {
    type: "unsupported",
    reason: `payload ${kind}`,
    platform: "slack",
    workspace: typeof fields.team_id === "string" && fields.team_id ? fields.team_id : "unknown",
    channel: "unknown",
    user: { id: "unknown" },
    eventId: "slack:unsupported",
  };
  return { surface: "other", event };
}
