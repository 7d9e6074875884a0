// A Teams activity → one neutral inbound event. Never throws: what the bot does not handle is `unsupported`.
import { adaptiveSubmission } from "../../../cards/form-values.ts";
import type { InboundEvent } from "../../engine/events.ts";
import type { ConversationAddress } from "./conversation-address.ts";
import { botMentionTexts, type TeamsActivity } from "./teams-activity.ts";

export const FORM_VERB = "form:";
export const COMMAND_VERB = "command";

export function parseActivity(activity: TeamsActivity, address: ConversationAddress): InboundEvent {
  const origin = {
    platform: "teams" as const,
    workspace: address.tenantId,
    channel: address.channel,
    user: {
      id: activity.from.aadObjectId ?? activity.from.id,
      // Teams names the tenant of the activity; the AAD object id is unique within it.
      workspace: address.tenantId,
      ...(activity.from.name ? { displayName: activity.from.name } : {}),
      ...(activity.locale ? { locale: activity.locale } : {}),
    },
    eventId: `teams:${activity.id ?? ""}`,
    ...(activity.conversation.conversationType === "personal" ? { personal: true } : {}),
  };
  if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
    const action = record(record(activity.value).action);
    return fromCardData(activity, String(action.verb ?? ""), action.data, origin);
  }
  if (activity.type === "message" && isRecord(activity.value)) {
    // Action.Submit: the card's data and inputs come back as the message's value.
    return fromCardData(activity, String(activity.value.verb ?? ""), activity.value, origin);
  }
  if (activity.type === "message") return { type: "command", text: commandText(activity), ...origin };
  if (isInstallation(activity)) return { type: "installed", ...origin };
  return {
    type: "unsupported",
    reason: `${activity.type} ${activity.name ?? activity.action ?? ""}`,
    ...origin,
  };
}

type Origin = Omit<Extract<InboundEvent, { type: "command" }>, "type" | "text">;

function fromCardData(activity: TeamsActivity, verb: string, data: unknown, origin: Origin): InboundEvent {
  const fields = record(data);
  if (verb === COMMAND_VERB || (verb === "" && typeof fields.command === "string")) {
    return { type: "button-pressed", command: String(fields.command ?? ""), ...origin };
  }
  const submission = adaptiveSubmission(fields);
  const formId = verb.startsWith(FORM_VERB) ? verb.slice(FORM_VERB.length) : submission.formId;
  // A card action the bot does not know (an older version's card): the engine says it is out of date.
  if (!formId) return { type: "button-pressed", command: `outdated:${verb || "card"}`, ...origin };
  const nonce = typeof fields.nonce === "string" ? fields.nonce : "";
  return {
    type: "form-submitted",
    formId,
    values: submission.values,
    hidden: submission.hidden,
    // Teams re-sends the same invoke with the same activity id; the nonce names the form shown.
    idempotencyKey: `teams:${activity.id ?? ""}:${nonce}`,
    ...origin,
  };
}

/** The words after the bot's @mention, with or without a leading `/`. */
export function commandText(activity: TeamsActivity): string {
  let text = activity.text ?? "";
  for (const mention of botMentionTexts(activity)) text = text.split(mention).join(" ");
  text = text.replace(/&nbsp;|\u00a0/g, " ").trim();
  return text.replace(/^\/+/, "").trim();
}

function isInstallation(activity: TeamsActivity): boolean {
  if (activity.type === "installationUpdate") return activity.action !== "remove";
  if (activity.type !== "conversationUpdate") return false;
  return (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
