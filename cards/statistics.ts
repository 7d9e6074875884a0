// Step 6: individual-based statistics, how many by sex, and the routines that use them.
import type { Locale } from "../src/domain/round.ts";
import { formatPercent } from "./format.ts";
import type { Card } from "./model.ts";
import { strings } from "./strings.ts";
import { basedOnFields, type StatisticsConfirmationView, type StatisticsFormView } from "./view-models.ts";

export const STATISTICS_FORM = "statistics";

export const STATISTICS_INPUTS = {
  reported: "reported",
  bySex: "bySex",
  budget: "routine:budget",
  followUp: "routine:followUp",
  decisions: "routine:decisions",
} as const;

export function statisticsForm(view: StatisticsFormView, locale: Locale): Card {
  const t = strings(locale).statistics;
  const latest = view.latest;
  const ids = STATISTICS_INPUTS;
  return {
    kind: STATISTICS_FORM,
    title: t.title,
    summary: t.summary(view.organisationName),
    blocks: [
      { type: "text", text: t.intro },
      {
        type: "number-input",
        id: ids.reported,
        label: t.reported,
        value: latest?.reported,
        min: 0,
        required: true,
        requiredMessage: t.reportedRequired,
      },
      {
        type: "number-input",
        id: ids.bySex,
        label: t.bySex,
        value: latest?.bySex,
        min: 0,
        required: true,
        requiredMessage: t.bySexRequired,
        hint: t.bySexHint,
      },
      { type: "heading", text: t.routinesHeading },
      { type: "toggle", id: ids.budget, label: t.budget, value: latest?.routines.budget ?? false },
      { type: "toggle", id: ids.followUp, label: t.followUp, value: latest?.routines.followUp ?? false },
      { type: "toggle", id: ids.decisions, label: t.decisions, value: latest?.routines.decisions ?? false },
    ],
    form: {
      formId: STATISTICS_FORM,
      submitLabel: strings(locale).submit,
      cancelLabel: strings(locale).cancel,
      open: { label: t.open, command: "stats" },
      hidden: {
        roundId: view.roundId,
        organisationId: view.organisationId,
        nonce: view.nonce,
        ...basedOnFields(view),
      },
    },
  };
}

/** The share by sex, or undefined when nothing is reported (no share to speak of). */
export function shareBySex(reported: number, bySex: number): number | undefined {
  return reported > 0 ? Math.min(1, bySex / reported) : undefined;
}

export function statisticsConfirmation(view: StatisticsConfirmationView, locale: Locale): Card {
  const c = strings(locale);
  const t = c.statisticsDone;
  const v = view.values;
  const share = shareBySex(v.reported, v.bySex);
  const shareText = share === undefined ? c.none : formatPercent(share, locale);
  const yesNo = (b: boolean) => (b ? c.yes : c.no);
  return {
    kind: "statistics-confirmation",
    title: t.title,
    summary: t.summary(view.organisationName, shareText),
    blocks: [
      {
        type: "facts",
        facts: [
          { label: t.reported, value: String(v.reported) },
          { label: t.bySex, value: String(v.bySex) },
          { label: t.share, value: shareText },
          { label: t.budget, value: yesNo(v.routines.budget) },
          { label: t.followUp, value: yesNo(v.routines.followUp) },
          { label: t.decisions, value: yesNo(v.routines.decisions) },
        ],
      },
    ],
  };
}
