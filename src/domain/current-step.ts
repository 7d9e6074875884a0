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

/** A cluster's step changes depend only on its dates and zone; a round asks for them on every status. */
const KNOWN_CHANGES = new Map<string, StepChange[]>();

export function stepChanges(round: Round, cluster: Cluster): StepChange[] {
  const dates = CHANGES.map((c) => meetingDate(round, cluster, c.meeting) ?? "").join(",");
  const key = `${round.timeZone}|${dates}`;
  const known = KNOWN_CHANGES.get(key);
  if (known) return known;
  const changes = computeStepChanges(round, cluster);
  if (KNOWN_CHANGES.size >= 10_000) KNOWN_CHANGES.clear();
  KNOWN_CHANGES.set(key, changes);
  return changes;
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

function passedChanges(changes: StepChange[], instant: Date): StepChange[] {
  return changes.filter((c) => Date.parse(c.at) <= instant.getTime());
}

function calendarStepAt(changes: StepChange[], instant: Date): StepNumber {
  // Counting passed changes (not looking one up) keeps this sane even if two changes swap order.
  return (1 + passedChanges(changes, instant).length) as StepNumber;
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
  const changes = stepChanges(round, cluster);
  const calendarStep = calendarStepAt(changes, instant);
  const conference = meetingDate(round, cluster, "results-conference") ?? round.resultsConference;
  const concluded = instant.getTime() >= endOfLocalDay(conference, round.timeZone).toMillis();
  const passed = passedChanges(changes, instant);
  let overrideHolds = false;
  if (override && isStepNumber(override.step)) {
    overrideHolds = calendarStepAt(changes, new Date(override.setAt)) === calendarStep;
  }
  return {
    step: overrideHolds && override ? (override.step as StepNumber) : calendarStep,
    concluded,
    source: overrideHolds ? "override" : "calendar",
    calendarStep,
    overrideExpired: override !== undefined && !overrideHolds,
    previousChange: passed.at(-1),
    nextChange: changes.find((c) => Date.parse(c.at) > instant.getTime()),
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
