// After a self-assessment: total of max, the shift since the last round per point, and readiness.
import type { Answers } from "../src/domain/assessment.ts";
import { readiness, shift, total } from "../src/domain/assessment.ts";
import type { Checklist } from "../src/domain/checklist.ts";
import type { Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import type { Block, Card } from "./model.ts";
import { assessmentRoundName, levelLabel } from "./self-assessment.ts";
import { type Catalogue, strings } from "./strings.ts";
import type { SelfAssessmentConfirmationView } from "./view-models.ts";

export function selfAssessmentConfirmation(view: SelfAssessmentConfirmationView, locale: Locale): Card {
  const t = strings(locale);
  const { checklist, answers, previous } = view;
  const sum = total(answers);
  const max = checklist.points.length * checklist.scale.max;
  const change = previous ? shift(previous, answers) : undefined;
  const facts = [
    { label: t.assessment.organisation, value: view.organisationName },
    { label: t.assessment.round, value: assessmentRoundName(view, locale) },
    { label: t.assessmentDone.total, value: t.assessmentDone.totalOf(sum, max) },
  ];
  if (change?.total !== undefined)
    facts.push({ label: t.assessmentDone.shiftTotal, value: shiftWords(t, change.total) });
  const rows = pointRows(t, view, change?.perPoint, locale);
  const columns = [t.assessmentDone.point, t.assessmentDone.score, t.assessmentDone.shift];
  const late: Block[] =
    view.late && view.deadline
      ? [{ type: "text", text: `⚠ ${t.assessmentDone.late(formatDate(view.deadline, locale))}` }]
      : [];
  const blocks: Block[] = [
    ...late,
    { type: "facts", facts },
    ...readinessBlocks(t, checklist, answers),
    { type: "table", columns, rows },
  ];
  return {
    kind: "self-assessment-confirmation",
    title: t.assessmentDone.title,
    summary: t.assessmentDone.summary(view.organisationName, sum, max),
    blocks,
  };
}

/** "↑ upp 2", "↓ ned 1", "→ oförändrad": the arrow and the words, never colour alone. */
export function shiftWords(t: Catalogue, change: number): string {
  if (change > 0) return t.assessmentDone.up(change);
  if (change < 0) return t.assessmentDone.down(-change);
  return t.assessmentDone.same;
}

function pointRows(
  t: Catalogue,
  view: SelfAssessmentConfirmationView,
  perPoint: Record<string, number> | undefined,
  locale: Locale,
): string[][] {
  return view.checklist.points.map((point, i) => {
    const answer = view.answers[point.id];
    const change = perPoint?.[point.id];
    return [
      `${i + 1}. ${point.title[locale]}`,
      answer ? levelLabel(view.checklist, answer.score, locale) : t.missing,
      change === undefined ? t.assessmentDone.noEarlier : shiftWords(t, change),
    ];
  });
}

function readinessBlocks(t: Catalogue, checklist: Checklist, answers: Answers): Block[] {
  const r = readiness(checklist, answers);
  if (r.ready) return [{ type: "text", text: `✓ ${t.assessmentDone.ready}` }];
  const missing: string[] = [];
  if (r.unanswered > 0) missing.push(t.assessmentDone.unanswered(r.unanswered));
  if (r.atMinimum > 0) missing.push(t.assessmentDone.atLowest(r.atMinimum));
  if (r.atMaximum < r.maximumNeeded) missing.push(t.assessmentDone.topNeeded(r.atMaximum, r.maximumNeeded));
  return [{ type: "text", text: `${t.assessmentDone.notReady} ${missing.join("; ")}.` }];
}
