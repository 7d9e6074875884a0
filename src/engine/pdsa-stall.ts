// PDSA work that stands still: during the steps at home (3, 5 and 7), no update for six weeks, counted
// from the last update or, when there is none since, from the start of the step.
import { localDate } from "../domain/local-date.ts";
import { PDSA_STALL_DAYS } from "../domain/pdsa.ts";
import type { IsoDate, MeetingId } from "../domain/round.ts";
import type { LateContext } from "./late-items.ts";
import { latestPdsa, type RoundState } from "./round-state.ts";

const DAY_MS = 86_400_000;

/** The steps at home and the meeting each begins after. */
const HOME_STEPS: Readonly<Record<number, MeetingId>> = {
  3: "benchmarking-1",
  5: "benchmarking-2",
  7: "benchmarking-3",
};

/** When the step at home began (epoch ms); undefined outside steps 3, 5 and 7. */
export function homeStepFrom(late: LateContext, step: number): number | undefined {
  const meeting = HOME_STEPS[step];
  return meeting && late.deadlines.get(meeting)?.meetingEndMs;
}

/** The local day the work last moved, when that is six weeks ago or more; otherwise undefined. */
export function pdsaStalledSince(
  state: RoundState,
  homeStepFromMs: number | undefined,
  nowMs: number,
  organisationId: string,
): IsoDate | undefined {
  if (homeStepFromMs === undefined) return undefined;
  const latest = latestPdsa(state, organisationId);
  const since = Math.max(homeStepFromMs, latest ? Date.parse(latest.submittedAt) : 0);
  if (nowMs - since < PDSA_STALL_DAYS * DAY_MS) return undefined;
  return localDate(new Date(since), state.round.timeZone);
}
