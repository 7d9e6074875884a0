// What changed between the answers a form was opened on and the newer ones someone saved since: one line
// per point or field, in the person's language, for the note on a stale form.
import { strings } from "../../../cards/strings.ts";
import type { Answers } from "../../domain/assessment.ts";
import type { Checklist } from "../../domain/checklist.ts";
import { PDSA_TEXT_FIELDS, type PdsaFields } from "../../domain/pdsa.ts";
import type { Locale } from "../../domain/round.ts";
import type { StatisticsVersion } from "../../store/port.ts";
import type { Messages } from "../messages.ts";

const none = "–";

export function answersChanged(
  checklist: Checklist,
  before: Answers | undefined,
  after: Answers,
  say: Messages,
  locale: Locale,
): string[] {
  return checklist.points.flatMap((point, i) => {
    const was = before?.[point.id];
    const now = after[point.id];
    const lines: string[] = [];
    if (was?.score !== now?.score)
      lines.push(
        say.changedPoint(i + 1, point.title[locale], String(was?.score ?? none), String(now?.score ?? none)),
      );
    if ((was?.comment ?? "") !== (now?.comment ?? "")) lines.push(say.changedComment(i + 1));
    return lines;
  });
}

type StatisticsValues = Pick<StatisticsVersion, "reported" | "bySex" | "routines">;

/**
 * The newer report's values: only the latest report per organisation is at hand, not the one a form was
 * opened on, so the note shows what stands now rather than a difference.
 */
export function statisticsNow(after: StatisticsValues, locale: Locale): string[] {
  const t = strings(locale).statistics;
  const flag = (v: boolean) => (v ? strings(locale).yes : strings(locale).no);
  return [
    `${t.reported} ${after.reported}`,
    `${t.bySex} ${after.bySex}`,
    `${t.budget} ${flag(after.routines.budget)}`,
    `${t.followUp} ${flag(after.routines.followUp)}`,
    `${t.decisions} ${flag(after.routines.decisions)}`,
  ];
}

export function pdsaChanged(
  before: PdsaFields | undefined,
  after: PdsaFields,
  say: Messages,
  locale: Locale,
): string[] {
  const t = strings(locale).pdsa;
  const { phases } = strings(locale);
  const lines: string[] = [];
  if (before?.phase !== after.phase)
    lines.push(say.changedField(t.phase, before ? phases[before.phase] : none, phases[after.phase]));
  for (const field of PDSA_TEXT_FIELDS) {
    if ((before?.[field] ?? "") !== (after[field] ?? "")) lines.push(say.changedText(t[field]));
  }
  if ((before?.decision ?? "") !== (after.decision ?? "")) lines.push(say.changedText(t.decision));
  if ((before?.subSteps ?? []).join() !== (after.subSteps ?? []).join())
    lines.push(say.changedText(t.subSteps));
  if ((before?.points ?? []).join() !== after.points.join()) lines.push(say.changedText(t.points));
  return lines;
}
