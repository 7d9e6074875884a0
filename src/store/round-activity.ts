// A round's activity from the five reads it is made of: for a store that keeps nothing between calls.
import type { RoundActivity, Store } from "./port.ts";

type ActivityReads = Pick<
  Store,
  "latestAssessments" | "listPdsa" | "listPresentations" | "latestStatistics" | "listStepOverrides"
>;

export async function readRoundActivity(store: ActivityReads, roundId: string): Promise<RoundActivity> {
  const [assessments, pdsa, presentations, statistics, overrides] = await Promise.all([
    store.latestAssessments(roundId),
    store.listPdsa(roundId),
    store.listPresentations(roundId),
    store.latestStatistics(roundId),
    store.listStepOverrides(roundId),
  ]);
  return { assessments, pdsa, presentations, statistics, overrides };
}
