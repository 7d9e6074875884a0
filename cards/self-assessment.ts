// The self-assessment form: one required level and one optional comment per checklist point.
import type { Checklist } from "../src/domain/checklist.ts";
import { scaleLabel, scaleValues } from "../src/domain/checklist.ts";
import type { Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import type { Block, Card, ChoiceOption } from "./model.ts";
import { strings } from "./strings.ts";
import { basedOnFields, type SelfAssessmentFormView } from "./view-models.ts";

export const SELF_ASSESSMENT_FORM = "self-assessment";
export const COMMENT_MAX_LENGTH = 2000;

export const scoreInputId = (pointId: string): string => `score:${pointId}`;
export const commentInputId = (pointId: string): string => `comment:${pointId}`;

/** "2 – Behöver utvecklas". */
export function levelLabel(checklist: Checklist, value: number, locale: Locale): string {
  return `${value} – ${scaleLabel(checklist, value, locale)}`;
}

export function assessmentRoundName(
  view: Pick<SelfAssessmentFormView, "assessmentRound" | "assessmentRoundLabel">,
  locale: Locale,
): string {
  return view.assessmentRoundLabel ?? strings(locale).assessmentRounds[view.assessmentRound];
}

export function selfAssessmentForm(view: SelfAssessmentFormView, locale: Locale): Card {
  const t = strings(locale);
  const round = assessmentRoundName(view, locale);
  const facts = [
    { label: t.assessment.organisation, value: view.organisationName },
    ...(view.formTitle ? [{ label: t.assessment.checklist, value: view.formTitle }] : []),
    { label: t.assessment.round, value: round },
  ];
  if (view.deadline) facts.push({ label: t.assessment.deadline, value: formatDate(view.deadline, locale) });
  const blocks: Block[] = [{ type: "facts", facts }];
  if (view.late && view.deadline)
    blocks.push({ type: "text", text: `⚠ ${t.assessment.lateNote(formatDate(view.deadline, locale))}` });
  blocks.push({ type: "text", text: t.assessment.intro(COMMENT_MAX_LENGTH), muted: true });
  const options: ChoiceOption[] = scaleValues(view.checklist).map((v) => ({
    value: String(v),
    label: levelLabel(view.checklist, v, locale),
  }));
  blocks.push(
    ...view.checklist.points.flatMap((point, i) => pointBlocks(view, point.id, i + 1, options, locale)),
  );
  return {
    kind: SELF_ASSESSMENT_FORM,
    title: t.assessment.title,
    summary: t.assessment.summary(view.organisationName, round),
    blocks,
    form: {
      formId: SELF_ASSESSMENT_FORM,
      submitLabel: t.submit,
      cancelLabel: t.cancel,
      open: {
        label: t.assessment.open,
        command: view.formChecklist ? `assess ${view.formChecklist}` : "assess",
      },
      hidden: {
        roundId: view.roundId,
        organisationId: view.organisationId,
        assessmentRound: view.assessmentRound,
        nonce: view.nonce,
        ...(view.formChecklist ? { checklist: view.formChecklist } : {}),
        ...basedOnFields(view),
      },
    },
  };
}

function pointBlocks(
  view: SelfAssessmentFormView,
  pointId: string,
  n: number,
  options: ChoiceOption[],
  locale: Locale,
): Block[] {
  const t = strings(locale);
  const point = view.checklist.points[n - 1];
  const previous = view.previous?.[pointId];
  const latest = view.latest?.[pointId];
  const prefill =
    latest && options.some((o) => o.value === String(latest.score)) ? String(latest.score) : undefined;
  return [
    { type: "divider" },
    {
      type: "choice",
      id: scoreInputId(pointId),
      label: `${n}. ${point?.title[locale] ?? pointId}`,
      options,
      value: prefill,
      required: true,
      requiredMessage: t.assessment.chooseLevel(n),
      hint: previous ? t.assessment.lastRound(levelLabel(view.checklist, previous.score, locale)) : undefined,
    },
    {
      type: "text-input",
      id: commentInputId(pointId),
      label: t.assessment.commentLabel(n),
      value: latest?.comment,
      multiline: true,
      required: false,
      maxLength: COMMENT_MAX_LENGTH,
    },
  ];
}
