// Asks for a link: what a "presentation published" or "description published" button opens, so that the
// button does what it says (the bot cannot mark anything published without the link to it).
import type { Locale } from "../src/domain/round.ts";
import type { Card } from "./model.ts";
import { strings } from "./strings.ts";
import type { FormIdentity } from "./view-models.ts";

export type LinkItem = "presentation" | "description";
export const LINK_FORMS: Readonly<Record<LinkItem, string>> = {
  presentation: "presentation-link",
  description: "description-link",
};
export const LINK_INPUT = "link";
export const LINK_MAX_LENGTH = 2_000;

export function linkForm(
  view: FormIdentity & { organisationName: string; item: LinkItem },
  locale: Locale,
): Card {
  const t = strings(locale).linkForm;
  return {
    kind: LINK_FORMS[view.item],
    title: t.title[view.item],
    summary: t.summary[view.item](view.organisationName),
    blocks: [
      { type: "text", text: t.summary[view.item](view.organisationName) },
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
      hidden: { roundId: view.roundId, organisationId: view.organisationId, nonce: view.nonce },
    },
  };
}
