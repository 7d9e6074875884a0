// Neutral inbound events and replies: what every adapter translates to and from.
import { z } from "zod";
import type { Card } from "../../cards/model.ts";

const platform = z.enum(["teams", "slack", "playground"]);

export const userSchema = z.object({
  /** The platform's user id (Slack `U…`, Teams AAD object id, playground e-mail). */
  id: z.string().min(1),
  displayName: z.string().optional(),
  /** Platform locale when known, e.g. `sv-SE` or `en-US`. */
  locale: z.string().optional(),
  /** Resolved by the adapter (users.info, TeamsInfo.getMember); absent when unknown. */
  email: z.string().optional(),
  /**
   * The user's own workspace as the platform says: the Slack team of the user (which in a Slack Connect
   * channel is not the channel's), or the tenant of the Teams activity. Absent: the request's workspace.
   */
  workspace: z.string().optional(),
  /** Slack Enterprise Grid: the user's organisation id `E…`, when the user belongs to one. */
  enterprise: z.string().optional(),
});

const origin = {
  platform,
  /** Slack team id, Teams tenant id, or `playground`. */
  workspace: z.string().min(1),
  /** Slack channel id, Teams conversation id, or a playground channel. */
  channel: z.string().min(1),
  user: userSchema,
  /** The platform's id of this delivery (event id, action id, activity id), for de-duplication. */
  eventId: z.string().min(1),
  /**
   * True in a one-to-one chat between the person and the bot (a Teams personal chat, a Slack DM), which
   * the adapter can tell and the engine cannot: such a chat is nobody's channel and cannot be bound.
   */
  personal: z.boolean().optional(),
};

/**
 * A submitted form's values; anything but a string is refused field by field by the engine. Checked to be
 * an object, not copied key by key as a record schema would: the engine only reads it, field by field.
 */
const formValues = z.custom<Record<string, unknown>>(
  (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  "form values must be an object",
);

export const inboundEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("command"), text: z.string(), ...origin }),
  z.object({
    type: z.literal("form-submitted"),
    formId: z.string().min(1),
    values: formValues,
    hidden: z.record(z.string(), z.string()),
    /** Stable across platform retries of the same submission. */
    idempotencyKey: z.string().min(1),
    ...origin,
  }),
  z.object({ type: z.literal("button-pressed"), command: z.string(), ...origin }),
  z.object({ type: z.literal("installed"), ...origin }),
  z.object({ type: z.literal("unsupported"), reason: z.string(), ...origin }),
]);

export type InboundEvent = z.infer<typeof inboundEventSchema>;
export type EventPlatform = z.infer<typeof platform>;

export type Reply =
  /** A message in the conversation the event came from (visible to the channel or chat). */
  | { type: "message"; card: Card }
  /** Only for the user who asked (Slack ephemeral; Teams and playground: a normal reply). */
  | { type: "private"; card: Card }
  /** Open a form (Slack modal via trigger_id; Teams and playground: a card). */
  | { type: "form"; card: Card }
  /** The form was accepted: show this confirmation in its place. */
  | { type: "form-accepted"; card: Card }
  /** The submission was refused as a whole (not your organisation, round closed): show this card instead. */
  | { type: "form-refused"; card: Card }
  /** The form was refused: field id → message, and the form again with the errors on it. */
  | { type: "form-invalid"; errors: Record<string, string>; card: Card }
  /**
   * A file for the channel (an export): Slack uploads it; where the bot may not send files (Teams
   * channels) the card, which carries the same figures as a table, stands alone.
   */
  | {
      type: "file";
      card: Card;
      /** `content` is text, or with `encoding: "base64"` the bytes of a binary file (an .xlsx workbook). */
      file: { name: string; mimeType: string; content: string; encoding?: "base64" | undefined };
    }
  /** Nothing to say (an event that needs no answer, or a duplicate delivery). */
  | { type: "none" };
