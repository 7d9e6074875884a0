// The step-6 statistics form's values → counts and routines, or field errors.
import { STATISTICS_INPUTS } from "../../../cards/statistics.ts";
import type { StatisticsValues } from "../../../cards/view-models.ts";
import type { Messages } from "../messages.ts";
import type { FormResult } from "./assessment-form.ts";
import { FieldReader } from "./field-reader.ts";

/** More than any organisation reports; a typo beyond it is refused, not stored. */
const MAX_STATISTICS = 100_000;

/** The card's input ids (cards/statistics.ts). */
const ids = STATISTICS_INPUTS;
export const STATISTICS_FIELD_IDS: readonly string[] = Object.values(ids);

export function readStatisticsForm(
  values: Readonly<Record<string, unknown>>,
  say: Messages,
): FormResult<StatisticsValues> {
  const reader = new FieldReader(values, say);
  const range = say.notWholeNumber(0, MAX_STATISTICS);
  const reported = reader.integer(ids.reported, 0, MAX_STATISTICS, range);
  const bySex = reader.integer(ids.bySex, 0, MAX_STATISTICS, range);
  const routines = {
    budget: reader.flag(ids.budget),
    followUp: reader.flag(ids.followUp),
    decisions: reader.flag(ids.decisions),
  };
  if (reported !== undefined && bySex !== undefined && bySex > reported)
    reader.errors[ids.bySex] = say.bySexTooMany;
  for (const id of reader.unknownFields(STATISTICS_FIELD_IDS)) reader.errors[id] = say.unknownField(id);
  if (!reader.ok || reported === undefined || bySex === undefined)
    return { ok: false, errors: reader.errors };
  return { ok: true, value: { reported, bySex, routines } };
}
