// What an organisation still has to do before a meeting, as a reminder shows it. dueItems decides what
// is due and done; this only turns the open items into the reminder's flags.
import type { ReminderView } from "../../cards/view-models.ts";
import type { Cluster, MeetingId } from "../domain/round.ts";
import { dueItems } from "../engine/due-items.ts";
import type { RoundState } from "../engine/round-state.ts";

export type MissingItems = ReminderView["missing"];

export function missingItems(
  state: RoundState,
  cluster: Cluster,
  organisationId: string,
  meeting: MeetingId,
): MissingItems {
  const open = new Set(
    dueItems(state, cluster, organisationId, meeting)
      .filter((item) => !item.done)
      .map((item) => item.kind),
  );
  return {
    presentation: open.has("presentation"),
    assessment: open.has("assessment"),
    pdsa: open.has("pdsa"),
    description: open.has("description"),
    statistics: open.has("statistics"),
  };
}

export function anyMissing(missing: MissingItems): boolean {
  return (
    missing.presentation ||
    missing.assessment ||
    missing.pdsa ||
    missing.description === true ||
    missing.statistics === true
  );
}
