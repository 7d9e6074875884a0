// Where each item of the round's deadline list (src/domain/round-deadlines.ts) stands for an organisation at
// an instant: the one judgement that `status`, the dashboard and the Excel export all show.
//
// - done, or done-late when the work came after the end of its deadline's day (kept and marked);
// - missing while its deadline is ahead;
// - late once its deadline has passed while it can still be handed in: until its meeting has passed, and
//   for the items that stay open after their meeting (the start-up description, the step-6 statistics)
//   until the round concludes;
// - missed ("never came") once that is over: a presentation after its meeting, a self-assessment round
//   that has closed, anything still missing when the round has concluded. It is no longer awaited and no
//   reminder asks for it, but the mentor and the project managers still see that it never came.
// The deadlines are worked out once per cluster, not per row.
import { ASSESSMENT_ROUND_MEETING, ASSESSMENT_ROUNDS, type AssessmentRoundId } from "../domain/assessment.ts";
import type { NextMeeting } from "../domain/calendar.ts";
import type { DueItemKind } from "../domain/due-before.ts";
import { lateSince, publishedAt } from "../domain/lateness.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import type { Cluster, IsoDate, MeetingId } from "../domain/round.ts";
import { clusterDeadlines, type DeadlineItem } from "../domain/round-deadlines.ts";
import { itemDone } from "./due-items.ts";
import type { RoundState } from "./round-state.ts";

export type DueState = "done" | "done-late" | "missing" | "late" | "missed";

/** An item of the deadline list as it stands for one organisation. */
export interface JudgedItem extends DeadlineItem {
  state: DueState;
  /** The first late day. */
  since: IsoDate;
  /** When the work that made it done came in (ISO instant). */
  handedInAt?: string | undefined;
}

/** An item past its deadline and not handed in: still awaited (late), or no longer (missed). */
export interface LateItem {
  kind: DueItemKind;
  /** The first late day. */
  since: IsoDate;
  meeting: MeetingId;
  /** The day it was due. */
  deadline: IsoDate;
  state: "late" | "missed";
}

/** Items that can still be handed in after their meeting has passed, and the meeting they prepare. */
const STAYS_OPEN: readonly { kind: DueItemKind; meeting: MeetingId }[] = [
  { kind: "description", meeting: "start-up" },
  { kind: "statistics", meeting: "benchmarking-3" },
];

/** A cluster's deadlines at one instant. */
export interface LateContext {
  cluster: Cluster;
  next: NextMeeting | undefined;
  /** Per meeting, in the order of the meetings: the deadline, the instant (epoch ms) its day ends, and the first late day. */
  deadlines: Deadlines;
  nowMs: number;
}

interface Deadline {
  date: IsoDate;
  meetingDate: IsoDate;
  items: readonly DueItemKind[];
  /** When the deadline's day ends (epoch ms). */
  endMs: number;
  /** The first late day. */
  since: IsoDate;
  /** When the meeting's own day ends (epoch ms): the step at home after it begins then. */
  meetingEndMs: number;
  /** When the meeting before it ended (epoch ms): PDSA work counts for this meeting from then. */
  previousEndMs: number | undefined;
}
type Deadlines = ReadonlyMap<MeetingId, Deadline>;

/** Every status asks every cluster; the deadlines depend on the zone and the dates alone. */
const DEADLINES = new Map<string, Deadlines>();
const DEADLINES_KEPT = 10_000;
/** The same cluster object asks again on every status: its answer is kept while its round's dates hold. */
const BY_CLUSTER = new WeakMap<Cluster, { round: string; deadlines: Deadlines }>();

function deadlinesOf(state: RoundState, cluster: Cluster): Deadlines {
  const { round } = state;
  const roundKey = `${round.timeZone}|${round.startUp}|${round.resultsConference}`;
  const kept = BY_CLUSTER.get(cluster);
  if (kept?.round === roundKey) return kept.deadlines;
  const list = clusterDeadlines(round, cluster);
  const key = `${round.timeZone}|${list.map((d) => `${d.meeting}=${d.meetingDate}`).join("|")}`;
  let deadlines = DEADLINES.get(key);
  if (!deadlines) {
    const built = new Map<MeetingId, Deadline>();
    let previousEndMs: number | undefined;
    for (const { meeting, meetingDate, date, items } of list) {
      const endMs = endOfLocalDay(date, round.timeZone).toMillis();
      const meetingEndMs = endOfLocalDay(meetingDate, round.timeZone).toMillis();
      built.set(meeting, {
        date,
        meetingDate,
        items,
        endMs,
        since: lateSince(date),
        meetingEndMs,
        previousEndMs,
      });
      previousEndMs = meetingEndMs;
    }
    if (DEADLINES.size >= DEADLINES_KEPT) DEADLINES.clear();
    DEADLINES.set(key, built);
    deadlines = built;
  }
  BY_CLUSTER.set(cluster, { round: roundKey, deadlines });
  return deadlines;
}

export function lateContext(
  state: RoundState,
  cluster: Cluster,
  next: NextMeeting | undefined,
  now: Date,
): LateContext {
  return { cluster, next, deadlines: deadlinesOf(state, cluster), nowMs: now.getTime() };
}

/**
 * Whether work handed in for `meeting` came after its deadline. The stored versions are shared between
 * requests until the round's activity changes: the answer is kept per version and set of deadlines.
 */
const CAME_LATE = new WeakMap<object, { deadlines: Deadlines; late: boolean }>();

export function cameLate(
  context: LateContext,
  meeting: MeetingId,
  handedIn: { at: string; of: object },
): boolean {
  const known = CAME_LATE.get(handedIn.of);
  if (known?.deadlines === context.deadlines) return known.late;
  const end = context.deadlines.get(meeting)?.endMs;
  const late = end !== undefined && Date.parse(handedIn.at) >= end;
  CAME_LATE.set(handedIn.of, { deadlines: context.deadlines, late });
  return late;
}

export function assessmentCameLate(
  context: LateContext,
  version: { assessmentRound: AssessmentRoundId; submittedAt: string },
): boolean {
  return cameLate(context, ASSESSMENT_ROUND_MEETING[version.assessmentRound], {
    at: version.submittedAt,
    of: version,
  });
}

/** Past its deadline and not handed in: whether it is still awaited at the context's instant. */
function overdueState(context: LateContext, meeting: MeetingId, deadline: Deadline, kind: DueItemKind) {
  // Once the round has concluded nothing more can be handed in: what is missing never came.
  if (!context.next) return "missed";
  if (context.nowMs < deadline.meetingEndMs) return "late";
  for (const open of STAYS_OPEN) if (open.kind === kind && open.meeting === meeting) return "late";
  return "missed";
}

const NONE: LateItem[] = [];

/**
 * The items past their deadline that never came in, each late (still awaited) or missed (no longer): what
 * `status` lists, from the same judgement as judgeDueItems. Plain loops: every row of every status comes
 * through here, and only the meetings whose deadline has passed are asked what is done.
 */
export function lateItems(state: RoundState, context: LateContext, organisationId: string): LateItem[] {
  let late: LateItem[] | undefined;
  for (const [meeting, deadline] of context.deadlines) {
    if (context.nowMs < deadline.endMs) continue;
    for (const kind of deadline.items) {
      if (itemDone(state, organisationId, kind, meeting, deadline.previousEndMs)) continue;
      if (!late) late = [];
      late.push({
        kind,
        since: deadline.since,
        meeting,
        deadline: deadline.date,
        state: overdueState(context, meeting, deadline, kind),
      });
    }
  }
  return late ?? NONE;
}

/** Every item of the organisation's deadline list, in the order of the meetings, with where it stands. */
export function judgeDueItems(state: RoundState, context: LateContext, organisationId: string): JudgedItem[] {
  const judged: JudgedItem[] = [];
  for (const [meeting, deadline] of context.deadlines) {
    for (const kind of deadline.items) {
      const base = {
        meeting,
        meetingDate: deadline.meetingDate,
        date: deadline.date,
        kind,
        since: deadline.since,
      };
      if (itemDone(state, organisationId, kind, meeting, deadline.previousEndMs)) {
        const handedIn = handedInFor(state, deadline, organisationId, kind, meeting);
        const lateWork = handedIn !== undefined && lateHandIn(context, meeting, deadline, handedIn);
        judged.push({ ...base, state: lateWork ? "done-late" : "done", handedInAt: handedIn?.at });
      } else if (context.nowMs < deadline.endMs) {
        judged.push({ ...base, state: "missing" });
      } else {
        judged.push({ ...base, state: overdueState(context, meeting, deadline, kind) });
      }
    }
  }
  return judged;
}

interface HandedIn {
  at: string;
  /** The stored version, for cameLate's memo; absent for PDSA work (one update may serve two meetings' checks). */
  of?: object | undefined;
}

function lateHandIn(context: LateContext, meeting: MeetingId, deadline: Deadline, handedIn: HandedIn) {
  if (handedIn.of) return cameLate(context, meeting, { at: handedIn.at, of: handedIn.of });
  return Date.parse(handedIn.at) >= deadline.endMs;
}

/** The work that marks an item done: the mark, the report, the round's version, the first PDSA update since the meeting before. */
function handedInFor(
  state: RoundState,
  deadline: Deadline,
  organisationId: string,
  kind: DueItemKind,
  meeting: MeetingId,
): HandedIn | undefined {
  switch (kind) {
    case "description":
    case "presentation": {
      const mark = state.presentations.get(organisationId)?.find((p) => p.meeting === meeting);
      return mark && { at: publishedAt(mark), of: mark };
    }
    case "statistics": {
      const report = state.statistics.get(organisationId);
      return report && { at: report.submittedAt, of: report };
    }
    case "assessment": {
      const round = ASSESSMENT_ROUNDS.find((id) => ASSESSMENT_ROUND_MEETING[id] === meeting);
      const version = round === undefined ? undefined : state.assessments.get(organisationId)?.get(round);
      return version && { at: version.submittedAt, of: version };
    }
    case "pdsa": {
      const from = deadline.previousEndMs;
      if (from === undefined) return undefined;
      const update = (state.pdsa.get(organisationId) ?? []).find((p) => Date.parse(p.submittedAt) >= from);
      return update && { at: update.submittedAt };
    }
  }
}
