// What each card builder needs, in domain terms only: an engine fills these from the round and the
// store without knowing how a card looks on any platform.
import type { Answers, AssessmentRoundId } from "../src/domain/assessment.ts";
import type { Checklist } from "../src/domain/checklist.ts";
import type { DueItemKind } from "../src/domain/due-before.ts";
import type { PdsaFields, PdsaPhase } from "../src/domain/pdsa.ts";
import type { DeadlineReminderKind } from "../src/domain/reminder-plan.ts";
import type { IsoDate, MeetingId, ParticipantRole, StepLink } from "../src/domain/round.ts";

/** Values that identify a form submission; the engine supplies and later checks them. */
export interface FormIdentity {
  roundId: string;
  organisationId: string;
  /** One-time value that ties a submission to the form the engine handed out. */
  nonce: string;
  /**
   * The version of the answers the form was opened on (absent: none yet). A submission based on an older
   * version than the latest is not saved over it (src/engine/forms/stale-form.ts).
   */
  basedOn?: number | undefined;
  /** PDSA: the cycle (cycleKey) the form was prefilled from, whose version `basedOn` is. */
  basedOnCycle?: string | undefined;
}

/** A form's hidden fields for the version it was opened on. */
export function basedOnFields(view: FormIdentity): Record<string, string> {
  return {
    ...(view.basedOn === undefined ? {} : { basedOn: String(view.basedOn) }),
    ...(view.basedOnCycle === undefined ? {} : { basedOnCycle: view.basedOnCycle }),
  };
}

export interface SelfAssessmentFormView extends FormIdentity {
  checklist: Checklist;
  /** Set for a round's second or later checklist form: the submission says which form it is. */
  formChecklist?: string | undefined;
  /** When the round scores several forms: this one's title, shown on the form. */
  formTitle?: string | undefined;
  organisationName: string;
  assessmentRound: AssessmentRoundId;
  /** Overrides the catalogue's name for the assessment round. */
  assessmentRoundLabel?: string | undefined;
  deadline?: IsoDate | undefined;
  /** The deadline has passed: the form says that what is sent now counts as late. */
  late?: boolean | undefined;
  /** The previous assessment round's answers: shown as a hint per point. */
  previous?: Answers | undefined;
  /** The latest answers (this round's last version, or the previous round's): prefilled. */
  latest?: Answers | undefined;
}

export interface SelfAssessmentConfirmationView {
  checklist: Checklist;
  organisationName: string;
  assessmentRound: AssessmentRoundId;
  assessmentRoundLabel?: string | undefined;
  answers: Answers;
  previous?: Answers | undefined;
  deadline?: IsoDate | undefined;
  /** Saved after the deadline: the confirmation says it counts as late. */
  late?: boolean | undefined;
}

export interface PdsaFormView extends FormIdentity {
  checklist: Checklist;
  organisationName: string;
  /** The latest update of the cycle being continued; absent for a first cycle. */
  latest?: PdsaFields | undefined;
  /** The local day of the organisation's latest PDSA update, shown on the form. */
  lastUpdate?: IsoDate | undefined;
}

export interface PdsaConfirmationView {
  checklist: Checklist;
  organisationName: string;
  update: PdsaFields;
}

export interface MeetingRef {
  meeting: MeetingId;
  date: IsoDate;
  /** Name of the hosting organisation (benchmarking meetings). */
  host?: string | undefined;
}

/** Whether the current assessment round is in: `not-open` before the baseline is asked for. */
export type AssessmentState = "done" | "missing" | "not-open";

export interface LateItemView {
  kind: DueKind;
  since: IsoDate;
  state?: "late" | "missed" | undefined;
  meeting?: MeetingId | undefined;
}

export interface StatusRow {
  organisationName: string;
  isMentor: boolean;
  assessment: AssessmentState;
  /** Latest total and its change since the previous round. */
  total?: { value: number; max: number; shift?: number | undefined } | undefined;
  pdsaPhase?: PdsaPhase | undefined;
  /** During a step at home: the PDSA work has had no update since this day (six weeks or more). */
  pdsaStalledSince?: IsoDate | undefined;
  /** Undefined when no presentation is due for the next meeting. */
  presentationPublished?: boolean | undefined;
  ready: boolean;
  /** The assessment shown came in after its deadline. */
  assessmentLate?: boolean | undefined;
  /** The presentation was marked after its deadline. */
  presentationLate?: boolean | undefined;
  /**
   * Items missing after their deadline, with the first late day (src/engine/late-items.ts): still awaited
   * (late) or never came (missed, their meeting gone by), and the meeting they were for. Without a state,
   * an item is late.
   */
  late?: LateItemView[] | undefined;
}

export interface StatusView {
  clusterName: string;
  /** 1..8. */
  step: number;
  nextMeeting?: MeetingRef | undefined;
  presentationDeadline?: IsoDate | undefined;
  rows: StatusRow[];
  /** Per organisation (in the order of `rows`): its presentation links and when it last sent anything. */
  updates?: StatusUpdateLine[] | undefined;
  /** The round's time zone, for the instants in `updates`. */
  timeZone?: string | undefined;
  /** The results conference's day, once the round has concluded. */
  concludedAfter?: IsoDate | undefined;
  /** When the round scores several checklist forms: the first form's title (the main table's). */
  formTitle?: string | undefined;
  /** The round's further checklist forms, each assessed, totalled and judged on its own. */
  forms?: { title: string; rows: StatusRow[] }[] | undefined;
}

export interface StatusUpdateLine {
  organisationName: string;
  presentations: { meeting: MeetingId; link: string }[];
  /** ISO instant. */
  lastUpdate?: string | undefined;
}

export interface RoundOverviewLine {
  clusterName: string;
  step: number;
  nextMeeting?: MeetingRef | undefined;
  assessmentsDone: number;
  organisations: number;
  ready: number;
  /** The round has concluded: the results conference is over. */
  concluded?: boolean | undefined;
}

export interface RoundOverviewView {
  roundName: string;
  clusters: RoundOverviewLine[];
}

export type DueKind = DueItemKind;

export interface DueItem {
  kind: DueKind;
  date: IsoDate;
  done: boolean;
  /** Not done and past its deadline: the first late day. */
  lateSince?: IsoDate | undefined;
}

export interface GuideView {
  organisationName: string;
  step: number;
  nextMeeting?: MeetingRef | undefined;
  due: DueItem[];
  /** Step 1: who is appointed to each of the three roles (name, or undefined when not yet named). */
  people?: Partial<Record<ParticipantRole, string | undefined>> | undefined;
  /** The round's material for this step (templates, films, agendas). */
  links?: StepLink[] | undefined;
  /** The results conference's day, once the round has concluded. */
  concludedAfter?: IsoDate | undefined;
}

export interface StatisticsValues {
  reported: number;
  bySex: number;
  routines: { budget: boolean; followUp: boolean; decisions: boolean };
}

export interface StatisticsFormView extends FormIdentity {
  organisationName: string;
  latest?: StatisticsValues | undefined;
}

export interface StatisticsConfirmationView {
  organisationName: string;
  values: StatisticsValues;
}

export interface ReminderView {
  organisationName: string;
  kind: DeadlineReminderKind;
  meeting: MeetingRef;
  presentationDeadline: IsoDate;
  /** The local day the reminder goes out; earlier than planned when that day was a holiday or weekend. */
  sentOn?: IsoDate | undefined;
  missing: {
    presentation: boolean;
    assessment: boolean;
    pdsa: boolean;
    /** The start-up meeting's description of the organisation. */
    description?: boolean | undefined;
    /** The step-6 report on individual-based statistics. */
    statistics?: boolean | undefined;
  };
  /** When the round scores several checklist forms: the titles of those still missing the self-assessment. */
  missingForms?: string[] | undefined;
  /** The round's material for the meeting's step. */
  links?: StepLink[] | undefined;
}

export interface NoticeView {
  title: string;
  text: string;
}

export interface ResultsView {
  organisationName: string;
  /** When the round scores several checklist forms: which one these results are for. */
  formTitle?: string | undefined;
  maxTotal: number;
  /** `late`: submitted after the round's deadline. */
  rounds: { round: AssessmentRoundId; total: number; late?: boolean | undefined }[];
  /** Per checklist point: the score per round (same order as `rounds`), the shift, the cluster's spread. */
  points: {
    pointId: string;
    scores: (number | undefined)[];
    shift: number | undefined;
    cluster: { median: number; min: number; max: number } | undefined;
  }[];
  totalShift: number | undefined;
  ready: boolean;
  /** How many organisations the cluster figures are taken over. */
  clusterSize: number;
  /** Other organisations' latest totals, only when the round file allows showing names. */
  clusterTotals?: { name: string; total: number | undefined }[] | undefined;
}
