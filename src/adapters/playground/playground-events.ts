// The page's requests → neutral inbound events. A person speaks in their organisation's channel unless the
// page names another one; project managers speak in theirs.
import { adaptiveSubmission } from "../../../cards/form-values.ts";
import type { Round } from "../../domain/round.ts";
import type { InboundEvent } from "../../engine/events.ts";
import { PROJECT_MANAGERS_CHANNEL } from "./channel-log.ts";
import type { CommandRequest, SubmitRequest } from "./playground-requests.ts";

export const FORM_VERB = "form:";
export const COMMAND_VERB = "command";

interface Speaker {
  email: string;
  channel?: string | undefined;
  locale?: "sv" | "en" | undefined;
}

function origin(rounds: Round[], speaker: Speaker, eventId: string) {
  const email = speaker.email.toLowerCase();
  return {
    platform: "playground" as const,
    workspace: "playground",
    channel: speaker.channel ?? homeChannel(rounds, email),
    user: { id: email, email, ...(speaker.locale ? { locale: speaker.locale } : {}) },
    eventId,
  };
}

/** The organisation id of the person's organisation, in the newest round that knows them. */
export function homeChannel(rounds: Round[], email: string): string {
  const newestFirst = [...rounds].sort((a, b) => b.startUp.localeCompare(a.startUp));
  for (const round of newestFirst) {
    const organisation = round.organisations.find((o) => o.people.some((p) => p.email === email));
    if (organisation) return organisation.id;
  }
  return PROJECT_MANAGERS_CHANNEL;
}

export function commandEvent(rounds: Round[], request: CommandRequest, eventId: string): InboundEvent {
  return { type: "command", text: request.text, ...origin(rounds, request, eventId) };
}

export function submitEvent(rounds: Round[], request: SubmitRequest): InboundEvent {
  const eventId = `playground:${request.submitId}`;
  const from = origin(rounds, request, eventId);
  if (request.verb === COMMAND_VERB) {
    const command = request.data.command;
    return { type: "button-pressed", command: typeof command === "string" ? command : "", ...from };
  }
  const submission = adaptiveSubmission(request.data);
  const formId = request.verb.startsWith(FORM_VERB)
    ? request.verb.slice(FORM_VERB.length)
    : submission.formId;
  // A card action the bot does not know (an older card): the engine says it is out of date.
  if (!formId) return { type: "button-pressed", command: `outdated:${request.verb}`, ...from };
  return {
    type: "form-submitted",
    formId,
    values: submission.values,
    hidden: submission.hidden,
    idempotencyKey: eventId,
    ...from,
  };
}
