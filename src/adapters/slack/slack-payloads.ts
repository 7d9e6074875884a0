// The Slack payloads the bot handles, as zod schemas. Only the fields we read; Slack sends many more.
import { z } from "zod";

/** Slack's ids are a few dozen characters; a longer one is not Slack's, and is never used as a key. */
const id = z.string().min(1).max(255);

/** A slash command, as Bolt parses its form-encoded body. */
export const slashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(""),
  team_id: id,
  channel_id: id,
  user_id: id,
  user_name: z.string().optional(),
  trigger_id: id,
  response_url: z.string().optional(),
});

export const eventCallbackSchema = z.object({
  type: z.literal("event_callback"),
  team_id: id,
  event_id: id,
  event: z.object({ type: z.string() }).loose(),
  /** Who the event is for: the bot's own user id is `user_id` (Slack Events API, "authorizations"). */
  authorizations: z.array(z.object({ user_id: z.string().optional() }).loose()).optional(),
});

/** Someone joined a channel; when it is the bot itself, it was just added there. */
export const memberJoinedSchema = z.object({
  type: z.literal("member_joined_channel"),
  user: id,
  channel: id,
});

/** Slack Connect: a message event names the sender's own workspace as `user_team`. */
const userTeam = z.string().optional();

export const appMentionSchema = z.object({
  type: z.literal("app_mention"),
  user: id,
  user_team: userTeam,
  text: z.string(),
  channel: id,
  thread_ts: z.string().max(64).optional(),
});

/** A person's message in the bot's DM; bot messages, edits and other subtypes do not match. */
export const directMessageSchema = z.object({
  type: z.literal("message"),
  channel_type: z.literal("im"),
  user: id,
  user_team: userTeam,
  text: z.string(),
  channel: id,
  thread_ts: z.string().max(64).optional(),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
});

export const homeOpenedSchema = z.object({
  type: z.literal("app_home_opened"),
  user: id,
  channel: id,
  tab: z.literal("home"),
});

const team = z.object({ id }).nullable().optional();
const user = z.object({ id, name: z.string().optional(), team_id: z.string().optional() });

export const blockActionsSchema = z.object({
  type: z.literal("block_actions"),
  team,
  user,
  trigger_id: id,
  response_url: z.string().optional(),
  channel: z.object({ id }).optional(),
  container: z
    .object({
      channel_id: z.string().optional(),
      message_ts: z.string().optional(),
      type: z.string().optional(),
    })
    .loose()
    .optional(),
  actions: z.array(z.object({ action_id: id, value: z.string().optional(), action_ts: id })).min(1),
});

export const viewSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  team,
  user,
  view: z.object({
    id,
    hash: id,
    callback_id: z.string(),
    private_metadata: z.string().default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  }),
});

export type BlockActions = z.infer<typeof blockActionsSchema>;
export type ViewSubmission = z.infer<typeof viewSubmissionSchema>;
export type SlashCommand = z.infer<typeof slashCommandSchema>;
