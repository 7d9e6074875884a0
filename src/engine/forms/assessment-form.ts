// The self-assessment form's values → answers for every checklist point, or field errors.
import type { Answers, PointAnswer } from "../../domain/assessment.ts";
import type { Checklist } from "../../domain/checklist.ts";
import type { Messages } from "../messages.ts";
import { FieldReader } from "./field-reader.ts";

export const scoreField = (pointId: string) => `score:${pointId}`;
export const commentField = (pointId: string) => `comment:${pointId}`;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export function readAssessmentForm(
  checklist: Checklist,
  values: Readonly<Record<string, unknown>>,
  say: Messages,
): FormResult<Answers> {
  const reader = new FieldReader(values, say);
  const answers: Record<string, PointAnswer> = {};
  const offScale = say.scoreOffScale(checklist.scale.min, checklist.scale.max);
  for (const point of checklist.points) {
    const score = reader.integer(scoreField(point.id), checklist.scale.min, checklist.scale.max, offScale);
    const comment = reader.text(commentField(point.id));
    if (score !== undefined) answers[point.id] = comment ? { score, comment } : { score };
  }
  const known = checklist.points.flatMap((p) => [scoreField(p.id), commentField(p.id)]);
  for (const id of reader.unknownFields(known)) reader.errors[id] = say.unknownField(id);
  return reader.ok ? { ok: true, value: answers } : { ok: false, errors: reader.errors };
}
