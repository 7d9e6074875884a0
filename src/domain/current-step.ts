// Which of the eight steps a cluster is in, from its calendar, with a manual override that holds
// only until the calendar itself moves on.
import { endOfLocalDay, startOfLocalDay } from "./local-date.ts";
import { invitationDay, meetingDate } from "./meetings.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "./round.ts";

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const STEP_COUNT = 8;

/** A step set by hand (mentor or project manager); `setAt` is an ISO 8601 instant. */
export interface StepOverrideInput {
  step: number;
  setAt: string | Date;
}

export interface CurrentStep {
  step: StepNumber;
  /** The results conference has passed: the round is over for this cluster. */
  concluded: boolean;
  source: "calendar" | "override";
}

/** Why the calendar changes step: a meeting day ended, or the two-week run-up to a meeting began. */
export type StepChangeReason = "meeting-passed" | "preparation-opens";

export interface StepChange {
  /** The step the cluster enters. */
  step: StepNumber;
  /** ISO 8601 instant with offset. */
  at: string;
  meeting: MeetingId;
  date: IsoDate;
  reason: StepChangeReason;
}

export interface StepExplanation extends CurrentStep {
  calendarStep: StepNumber;
  /** An override was given but does not hold: the calendar has moved on since it was set (or the step is invalid). */
  overrideExpired: boolean;
  /** The change that started the calendar's step (absent in step 1). */
  previousChange?: StepChange | undefined;
  /** The next change on the calendar (absent in step 8). */
  nextChange?: StepChange | undefined;
}

const CHANGES: readonly { step: StepNumber; meeting: MeetingId; reason: StepChangeReason }[] = [
  { step: 2, meeting: "start-up", reason: "meeting-passed" },
  { step: 3, meeting: "benchmarking-1", reason: "meeting-passed" },
  { step: 4, meeting: "benchmarking-2", reason: "preparation-opens" },
  { step: 5, meeting: "benchmarking-2", reason: "meeting-passed" },
  { step: 6, meeting: "benchmarking-3", reason: "preparation-opens" },
  { step: 7, meeting: "benchmarking-3", reason: "meeting-passed" },
  { step: 8, meeting: "results-conference", reason: "preparation-opens" },
];

/** A cluster's step changes, and the instants they happen at, in epoch milliseconds. */
interface KnownChanges {
  changes: StepChange[];
  atMs: number[];
  /** The end of the results conference day: the round is over for the cluster. */
  concludedAtMs: number;
}

/** They depend only on the cluster's dates and zone; a round asks for them on every status, per cluster. */
const KNOWN_CHANGES = new Map<string, KnownChanges>();

function knownChanges(round: Round, cluster: Cluster): KnownChanges {
  let key = round.timeZone;
  for (const c of CHANGES) key += `|${meetingDate(round, cluster, c.meeting) ?? ""}`;
  const known = KNOWN_CHANGES.get(key);
  if (known) return known;
  const changes = computeStepChanges(round, cluster);
  const conference = meetingDate(round, cluster, "results-conference") ?? round.resultsConference;
  const entry: KnownChanges = {
    changes,
    atMs: changes.map((c) => Date.parse(c.at)),
    concludedAtMs: endOfLocalDay(conference, round.timeZone).toMillis(),
  };
  if (KNOWN_CHANGES.size >= 10_000) KNOWN_CHANGES.clear();
  KNOWN_CHANGES.set(key, entry);
  return entry;
}

export function stepChanges(round: Round, cluster: Cluster): StepChange[] {
  return knownChanges(round, cluster).changes;
}

function computeStepChanges(round: Round, cluster: Cluster): StepChange[] {
  return CHANGES.flatMap((c) => {
    const date = meetingDate(round, cluster, c.meeting);
    if (!date) return [];
    const at =
      c.reason === "meeting-passed"
        ? endOfLocalDay(date, round.timeZone)
        : startOfLocalDay(invitationDay(date), round.timeZone);
    return [{ ...c, date, at: at.toISO() ?? "" }];
  });
}

/** How many changes have happened by `ms`: counted, not looked up, so two changes that swap order are sane. */
function passedCount(atMs: readonly number[], ms: number): number {
  let passed = 0;
  for (const at of atMs) if (at <= ms) passed++;
  return passed;
}

function isStepNumber(step: number): step is StepNumber {
  return Number.isInteger(step) && step >= 1 && step <= STEP_COUNT;
}

export function explainStep(
  round: Round,
  cluster: Cluster,
  instant: Date,
  override?: StepOverrideInput,
): StepExplanation {
  const { changes, atMs, concludedAtMs } = knownChanges(round, cluster);
  const now = instant.getTime();
  const calendarStep = (1 + passedCount(atMs, now)) as StepNumber;
  let overrideHolds = false;
  if (override && isStepNumber(override.step)) {
    const setAt = new Date(override.setAt).getTime();
    overrideHolds = 1 + passedCount(atMs, setAt) === calendarStep;
  }
  // The last change in the list that has happened and the first that has not (an unknown instant is neither).
  let previous: StepChange | undefined;
  let next: StepChange | undefined;
  for (let i = 0; i < changes.length; i++) {
    const at = atMs[i] as number;
    if (at <= now) previous = changes[i];
    else if (next === undefined && at > now) next = changes[i];
  }
  return {
    step: overrideHolds && override ? (override.step as StepNumber) : calendarStep,
    concluded: now >= concludedAtMs,
    source: overrideHolds ? "override" : "calendar",
    calendarStep,
    overrideExpired: override !== undefined && !overrideHolds,
    previousChange: previous,
    nextChange: next,
  };
}

export function currentStep(
  round: Round,
  cluster: Cluster,
  instant: Date,
  override?: StepOverrideInput,
): CurrentStep {
  const { step, concluded, source } = explainStep(round, cluster, instant, override);
  return { step, concluded, source };
}
