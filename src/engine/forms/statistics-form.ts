// The step-6 statistics form's values → counts and routines, or field errors.
import type { Messages } from "../messages.ts";
import type { FormResult } from "./assessment-form.ts";
import { FieldReader } from "./field-reader.ts";

export interface StatisticsValues {
  reported: number;
  bySex: number;
  routines: { budget: boolean; followUp: boolean; decisions: boolean };
}

/** More than any organisation reports; a typo beyond it is refused, not stored. */
const MAX_STATISTICS = 100_000;

export const STATISTICS_FIELD_IDS = [
  "reported",
  "bySex",
  "routine:budget",
  "routine:followUp",
  "routine:decisions",
];

export function readStatisticsForm(
  values: Readonly<Record<string, unknown>>,
  say: Messages,
): FormResult<StatisticsValues> {
  const reader = new FieldReader(values, say);
  const range = say.notWholeNumber(0, MAX_STATISTICS);
  const reported = reader.integer("reported", 0, MAX_STATISTICS, range);
  const bySex = reader.integer("bySex", 0, MAX_STATISTICS, range);
  const routines = {
    budget: reader.flag("routine:budget"),
    followUp: reader.flag("routine:followUp"),
    decisions: reader.flag("routine:decisions"),
  };
  if (reported !== undefined && bySex !== undefined && bySex > reported)
    reader.errors.bySex = say.bySexTooMany;
  for (const id of reader.unknownFields(STATISTICS_FIELD_IDS)) reader.errors[id] = say.unknownField(id);
  if (!reader.ok || reported === undefined || bySex === undefined)
    return { ok: false, errors: reader.errors };
  return { ok: true, value: { reported, bySex, routines } };
}
