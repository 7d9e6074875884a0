// PDSA (PGSA) improvement cycles: what one update of a cycle records.

export type PdsaPhase = "plan" | "do" | "study" | "act";
export const PDSA_PHASES: readonly PdsaPhase[] = ["plan", "do", "study", "act"];

export type ActDecision = "adopt" | "adapt" | "abandon";

/** SKR's sub-steps of the work at home (steps 3, 5 and 7), in their order; each update may tick some. */
export type PdsaSubStep =
  | "choose-area"
  | "prioritised-goals"
  | "facts-and-data"
  | "causes"
  | "plan-test"
  | "test-small"
  | "study-result"
  | "sustain-and-spread"
  | "reflect-and-share";
export const PDSA_SUB_STEPS: readonly PdsaSubStep[] = [
  "choose-area",
  "prioritised-goals",
  "facts-and-data",
  "causes",
  "plan-test",
  "test-small",
  "study-result",
  "sustain-and-spread",
  "reflect-and-share",
];

/** During the steps at home, a PDSA with no update for this long is marked as standing still. */
export const PDSA_STALL_DAYS = 42;

export interface PdsaFields {
  /** The improvement area, well defined. */
  area: string;
  /** Checklist point ids the area aims at. */
  points: string[];
  cycle: number;
  phase: PdsaPhase;
  /** Which of SKR's sub-steps were done in this cycle (optional). */
  subSteps?: PdsaSubStep[] | undefined;
  /** ISO dates the cycle started and (optionally) ended. */
  startedOn?: string | undefined;
  endedOn?: string | undefined;
  // Plan: aim, prediction, measure, who does what and when.
  aim?: string | undefined;
  prediction?: string | undefined;
  measure?: string | undefined;
  planWho?: string | undefined;
  // Do: what happened, surprises.
  doneWhat?: string | undefined;
  surprises?: string | undefined;
  // Study: result against the prediction, what was learned.
  result?: string | undefined;
  learned?: string | undefined;
  // Act: adopt, adapt or abandon, and the next cycle.
  decision?: ActDecision | undefined;
  nextCycle?: string | undefined;
}

/** The free-text answers of an update, in Plan, Do, Study, Act order. */
export const PDSA_TEXT_FIELDS = [
  "aim",
  "prediction",
  "measure",
  "planWho",
  "doneWhat",
  "surprises",
  "result",
  "learned",
  "nextCycle",
] as const satisfies readonly (keyof PdsaFields)[];

export interface PdsaUpdate extends PdsaFields {
  roundId: string;
  organisationId: string;
  submittedBy: string;
  submittedAt: string;
  idempotencyKey: string;
}

export interface PdsaVersion extends PdsaUpdate {
  version: number;
}

/** A cycle is identified by its area and number within an organisation. */
export function cycleKey(update: Pick<PdsaFields, "area" | "cycle">): string {
  return `${update.area.trim().toLowerCase()}#${update.cycle}`;
}
