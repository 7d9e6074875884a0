// Two people of one organisation may fill in the same form. Every form carries the version it was opened
// on; a submission based on an older version than the latest is not saved over it: the person gets the
// form back, with their own answers, and a note of who changed what since. Submitting again saves theirs
// (the form now carries the newer version); closing it keeps the newer answers.

import { withFormState } from "../../../cards/form-state.ts";
import { formatDate } from "../../../cards/format.ts";
import type { Card } from "../../../cards/model.ts";
import { localDate } from "../../domain/local-date.ts";
import type { Context } from "../context.ts";
import type { Reply } from "../events.ts";
import type { StaleAgainst } from "../messages.ts";

const MAX_CHANGES_SHOWN = 5;

/** The hidden field that names the version a form was opened on. */
export const BASED_ON = "basedOn";

/** The version a submitted form was opened on; a form without one (older than this rule) counts as none. */
export function openedOn(hidden: Readonly<Record<string, string>>): number {
  const value = Number(hidden[BASED_ON] ?? "0");
  return Number.isInteger(value) && value >= 0 ? value : 0;
}

export interface NewerVersion {
  version: number;
  submittedBy: string;
  submittedAt: string;
  /** What differs from the version the form was opened on (or from the person's answers), one line each. */
  changes: string[];
  /** What `changes` compares with; the version the form was opened on unless said. */
  against?: StaleAgainst | undefined;
}

function personName(ctx: Context, email: string): string {
  const { round } = ctx.actor;
  const person =
    round.organisations.flatMap((o) => o.people).find((p) => p.email === email) ??
    round.projectManagers.find((p) => p.email === email);
  return person?.name ?? email;
}

/**
 * The form again, as the person filled it in, with what changed since on top and the newer version in its
 * hidden field: submitting it again is a decision to save over the newer answers.
 */
export function staleForm(
  ctx: Context,
  card: Card,
  values: Readonly<Record<string, unknown>>,
  newer: NewerVersion,
): Reply[] {
  const { say, locale } = ctx;
  const when = new Date(newer.submittedAt);
  const time = when.toLocaleTimeString(locale === "sv" ? "sv-SE" : "en-GB", {
    timeZone: ctx.actor.round.timeZone,
    hour: "2-digit",
    minute: "2-digit",
  });
  const day = formatDate(localDate(when, ctx.actor.round.timeZone), locale);
  // A long list would bury the choice: the first few changes, and how many more.
  const shownChanges =
    newer.changes.length > MAX_CHANGES_SHOWN
      ? [
          ...newer.changes.slice(0, MAX_CHANGES_SHOWN),
          say.moreChanges(newer.changes.length - MAX_CHANGES_SHOWN),
        ]
      : newer.changes;
  const who = personName(ctx, newer.submittedBy);
  const note = say.staleAnswers(who, `${day} ${time}`, shownChanges, newer.against ?? "opened");
  const shown = withFormState(card, { ...values }, { [BASED_ON]: note });
  const form = shown.form && {
    ...shown.form,
    hidden: { ...shown.form.hidden, [BASED_ON]: String(newer.version) },
  };
  return [{ type: "form", card: { ...shown, ...(form ? { form } : {}) } }];
}
