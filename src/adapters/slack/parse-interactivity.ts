// Interactivity payloads (buttons, modal submissions) → neutral events. Keys for de-duplication are built
// from what stays the same when Slack delivers the same interaction again.
import { createHash } from "node:crypto";
import { valuesFromSlackViewState } from "../../../cards/form-values.ts";
import type { InboundEvent } from "../../engine/events.ts";
import { hiddenFromMetadata, splitOriginChannel } from "./form-origin.ts";
import type { SlackRequest } from "./parse-request.ts";
import {
  type BlockActions,
  blockActionsSchema,
  type ViewSubmission,
  viewSubmissionSchema,
} from "./slack-payloads.ts";

const COMMAND_ACTION = "command:";

function digest(values: unknown): string {
  return createHash("sha256").update(JSON.stringify(values)).digest("base64url").slice(0, 16);
}
const FORM_CALLBACK = "form:";

function workspaceOf(payload: BlockActions | ViewSubmission): string {
  return payload.team?.id ?? payload.user.team_id ?? "unknown";
}

/** The acting user, with their own workspace where Slack names it (users.info confirms it later). */
function userOf(payload: BlockActions | ViewSubmission): InboundEvent["user"] {
  const { id, name, team_id } = payload.user;
  return { id, ...(name ? { displayName: name } : {}), ...(team_id ? { workspace: team_id } : {}) };
}

export function parseBlockActions(body: unknown): SlackRequest | undefined {
  const parsed = blockActionsSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const payload = parsed.data;
  // The schema requires at least one action.
  const action = payload.actions[0] as BlockActions["actions"][number];
  const origin = {
    platform: "slack" as const,
    workspace: workspaceOf(payload),
    // A button inside a modal has no channel: replies then go to the user's DM with the app.
    channel: payload.channel?.id ?? payload.container?.channel_id ?? payload.user.id,
    user: userOf(payload),
    eventId: `slack:action:${payload.user.id}:${action.action_id}:${action.action_ts}`,
  };
  const messageTs = payload.container?.type === "message" ? payload.container.message_ts : undefined;
  const reply = {
    triggerId: payload.trigger_id,
    responseUrl: payload.response_url,
    originMessage: messageTs ? { channel: origin.channel, ts: messageTs } : undefined,
  };
  if (!action.action_id.startsWith(COMMAND_ACTION)) {
    return {
      surface: "other",
      event: { type: "unsupported", reason: `action ${action.action_id}`, ...origin },
    };
  }
  const command = action.value ?? action.action_id.slice(COMMAND_ACTION.length);
  return { surface: "button", event: { type: "button-pressed", command, ...origin }, ...reply };
}

export function parseViewSubmission(body: unknown): SlackRequest | undefined {
  const parsed = viewSubmissionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { view, user } = parsed.data;
  const { channel, messageTs, hidden } = splitOriginChannel(hiddenFromMetadata(view.private_metadata));
  // view.id + hash stay the same when a person corrects a form Slack showed field errors on, so the
  // submitted values are part of the key: a correction is a new submission, a re-delivery is not.
  const values = valuesFromSlackViewState(view.state.values);
  const key = `slack:view:${view.id}:${view.hash}:${digest(values)}`;
  const origin = {
    platform: "slack" as const,
    workspace: workspaceOf(parsed.data),
    channel: channel ?? user.id,
    user: userOf(parsed.data),
    eventId: key,
  };
  if (!view.callback_id.startsWith(FORM_CALLBACK)) {
    return {
      surface: "other",
      event: { type: "unsupported", reason: `view ${view.callback_id}`, ...origin },
    };
  }
  const event: InboundEvent = {
    type: "form-submitted",
    formId: view.callback_id.slice(FORM_CALLBACK.length),
    values,
    hidden,
    idempotencyKey: key,
    ...origin,
  };
  const originMessage = channel && messageTs ? { channel, ts: messageTs } : undefined;
  return { surface: "modal", event, originMessage, viewId: view.id };
}
