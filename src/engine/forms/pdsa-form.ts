// The PDSA update form's values → PdsaFields, or field errors.
import type { Checklist } from "../../domain/checklist.ts";
import { isIsoDate } from "../../domain/local-date.ts";
import {
  type ActDecision,
  PDSA_PHASES,
  PDSA_SUB_STEPS,
  PDSA_TEXT_FIELDS,
  type PdsaFields,
  type PdsaSubStep,
} from "../../domain/pdsa.ts";
import type { Messages } from "../messages.ts";
import type { FormResult } from "./assessment-form.ts";
import { FieldReader } from "./field-reader.ts";

const TEXT_FIELDS = PDSA_TEXT_FIELDS;
const DATE_FIELDS = ["startedOn", "endedOn"] as const;
const DECISIONS: readonly ActDecision[] = ["adopt", "adapt", "abandon"];
export const PDSA_FIELD_IDS: readonly (keyof PdsaFields)[] = [
  "area",
  "points",
  "cycle",
  "phase",
  "subSteps",
  "decision",
  ...TEXT_FIELDS,
  ...DATE_FIELDS,
];

export function readPdsaForm(
  checklist: Checklist,
  values: Readonly<Record<string, unknown>>,
  say: Messages,
): FormResult<PdsaFields> {
  const reader = new FieldReader(values, say);
  const area = reader.text("area", true, 200);
  const points = reader.choices(
    "points",
    checklist.points.map((p) => p.id),
    say.unknownPoints,
  );
  const cycle = reader.integer("cycle", 1, 99, say.notWholeNumber(1, 99));
  const phase = reader.choice("phase", PDSA_PHASES, say.notAPhase);
  const decision = reader.choice("decision", DECISIONS, say.fieldRequired, false);
  const ticked = reader.choices("subSteps", PDSA_SUB_STEPS, say.unknownSubSteps) as PdsaSubStep[];
  const subSteps = ticked.length ? PDSA_SUB_STEPS.filter((s) => ticked.includes(s)) : undefined;
  const fields: Partial<PdsaFields> = { area, points, cycle, phase, subSteps, decision };
  for (const id of TEXT_FIELDS) fields[id] = reader.text(id);
  Object.assign(fields, readDates(reader, say));
  for (const id of reader.unknownFields(PDSA_FIELD_IDS)) reader.errors[id] = say.unknownField(id);
  if (!reader.ok || area === undefined || cycle === undefined || phase === undefined) {
    return { ok: false, errors: reader.errors };
  }
  return { ok: true, value: { ...fields, area, points, cycle, phase } };
}

/** The cycle's start and end: real calendar dates, the end not before the start. */
function readDates(reader: FieldReader, say: Messages): Pick<PdsaFields, "startedOn" | "endedOn"> {
  const [startedOn, endedOn] = DATE_FIELDS.map((id) => {
    const date = reader.text(id, false, 40);
    if (date !== undefined && !isIsoDate(date)) reader.errors[id] = say.notADate;
    return date;
  });
  if (startedOn && endedOn && !reader.errors.endedOn && endedOn < startedOn)
    reader.errors.endedOn = say.endBeforeStart;
  return { startedOn, endedOn };
}
