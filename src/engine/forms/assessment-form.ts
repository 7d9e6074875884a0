// The self-assessment form's values → answers for every checklist point, or field errors. The field ids
// are the card's (cards/self-assessment.ts).
import { commentInputId, scoreInputId } from "../../../cards/self-assessment.ts";
import type { Answers, PointAnswer } from "../../domain/assessment.ts";
import type { Checklist } from "../../domain/checklist.ts";
import type { Messages } from "../messages.ts";
import { FieldReader } from "./field-reader.ts";

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

interface PointFields {
  pointId: string;
  score: string;
  comment: string;
}

function fieldsOf(checklist: Checklist): { points: PointFields[]; known: ReadonlySet<string> } {
  const points = checklist.points.map((p) => ({
    pointId: p.id,
    score: scoreInputId(p.id),
    comment: commentInputId(p.id),
  }));
  return { points, known: new Set(points.flatMap((p) => [p.score, p.comment])) };
}

export function readAssessmentForm(
  checklist: Checklist,
  values: Readonly<Record<string, unknown>>,
  say: Messages,
): FormResult<Answers> {
  const reader = new FieldReader(values, say);
  const answers: Record<string, PointAnswer> = {};
  const { min, max } = checklist.scale;
  const offScale = say.scoreOffScale(min, max);
  const fields = fieldsOf(checklist);
  for (const point of fields.points) {
    const score = reader.integer(point.score, min, max, offScale);
    const comment = reader.text(point.comment);
    if (score !== undefined) answers[point.pointId] = comment ? { score, comment } : { score };
  }
  for (const id of reader.unknownFields(fields.known)) reader.errors[id] = say.unknownField(id);
  return reader.ok ? { ok: true, value: answers } : { ok: false, errors: reader.errors };
}
