// Asks for a link: what a "presentation published" or "description published" button opens, so that the
// button does what it says (the bot cannot mark anything published without the link to it).
import type { Locale } from "../src/domain/round.ts";
import { meetingText } from "./meeting-text.ts";
import type { Block, Card } from "./model.ts";
import { strings } from "./strings.ts";
import type { FormIdentity, MeetingRef } from "./view-models.ts";

export type LinkItem = "presentation" | "description";
export const LINK_FORMS: Readonly<Record<LinkItem, string>> = {
  presentation: "presentation-link",
  description: "description-link",
};
export const LINK_INPUT = "link";
export const LINK_MAX_LENGTH = 2_000;

/** The hidden field naming the meeting a presentation's link is for: the one named on the form. */
export const LINK_MEETING = "meeting";

export type LinkFormView = FormIdentity & { organisationName: string } & (
    | { item: "presentation"; meeting: MeetingRef }
    | { item: "description" }
  );

export function linkForm(view: LinkFormView, locale: Locale): Card {
  const t = strings(locale).linkForm;
  const summary =
    view.item === "presentation"
      ? t.summary.presentation(view.organisationName, strings(locale).meetingInSentence[view.meeting.meeting])
      : t.summary.description(view.organisationName);
  const meeting: Block[] =
    view.item === "presentation"
      ? [{ type: "facts", facts: [{ label: t.meeting, value: meetingText(view.meeting, locale) }] }]
      : [];
  return {
    kind: LINK_FORMS[view.item],
    title: t.title[view.item],
    summary,
    blocks: [
      { type: "text", text: summary },
      ...meeting,
      {
        type: "text-input",
        id: LINK_INPUT,
        label: t.label,
        required: true,
        requiredMessage: t.required,
        maxLength: LINK_MAX_LENGTH,
        placeholder: "https://",
      },
    ],
    form: {
      formId: LINK_FORMS[view.item],
      submitLabel: t.submit,
      cancelLabel: strings(locale).cancel,
      open: {
        label: t.title[view.item],
        command: view.item === "presentation" ? "published" : "description",
      },
      hidden: {
        roundId: view.roundId,
        organisationId: view.organisationId,
        nonce: view.nonce,
        ...(view.item === "presentation" ? { [LINK_MEETING]: view.meeting.meeting } : {}),
      },
    },
  };
}
