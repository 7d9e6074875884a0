// What an organisation is late with at an instant: the next meeting's items once their deadline has
// passed, and the items that stay open after their meeting (the start-up description, the step-6
// statistics) when they never came in. The deadlines are worked out once per cluster, not per row.
import { ASSESSMENT_ROUND_MEETING, type AssessmentRoundId } from "../domain/assessment.ts";
import type { NextMeeting } from "../domain/calendar.ts";
import type { DueItemKind } from "../domain/due-before.ts";
import { itemDeadline, lateSince } from "../domain/lateness.ts";
import { endOfLocalDay } from "../domain/local-date.ts";
import { clusterMeetings } from "../domain/meetings.ts";
import type { Cluster, IsoDate, MeetingId } from "../domain/round.ts";
import { dueItems } from "./due-items.ts";
import { isPublished, type RoundState } from "./round-state.ts";

export interface LateItem {
  kind: DueItemKind;
  since: IsoDate;
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
  /** Per meeting: the deadline and the instant (epoch ms) its day ends. */
  deadlines: ReadonlyMap<MeetingId, { date: IsoDate; endMs: number }>;
  nowMs: number;
}

type Deadlines = ReadonlyMap<MeetingId, { date: IsoDate; endMs: number }>;

/** Every status asks every cluster; the deadlines depend on the zone and the dates alone. */
const DEADLINES = new Map<string, Deadlines>();
const DEADLINES_KEPT = 10_000;

function deadlinesOf(state: RoundState, cluster: Cluster): Deadlines {
  const meetings = clusterMeetings(state.round, cluster);
  const key = `${state.round.timeZone}|${meetings.map((m) => `${m.id}=${m.date}`).join("|")}`;
  const known = DEADLINES.get(key);
  if (known) return known;
  const deadlines = new Map<MeetingId, { date: IsoDate; endMs: number }>();
  for (const meeting of meetings) {
    const date = itemDeadline(state.round, cluster, meeting.id);
    if (date)
      deadlines.set(meeting.id, { date, endMs: endOfLocalDay(date, state.round.timeZone).toMillis() });
  }
  if (DEADLINES.size >= DEADLINES_KEPT) DEADLINES.clear();
  DEADLINES.set(key, deadlines);
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

/** Whether work for `meeting` handed in at `at` (ISO instant) came after its deadline. */
export function cameLate(context: LateContext, meeting: MeetingId, at: string): boolean {
  const end = context.deadlines.get(meeting)?.endMs;
  return end !== undefined && Date.parse(at) >= end;
}

export function assessmentCameLate(context: LateContext, round: AssessmentRoundId, at: string): boolean {
  return cameLate(context, ASSESSMENT_ROUND_MEETING[round], at);
}

const NONE: LateItem[] = [];

export function lateItems(state: RoundState, context: LateContext, organisationId: string): LateItem[] {
  const { next, cluster, nowMs } = context;
  // Once the round has concluded nothing more can be handed in: what is missing is only missing.
  if (!next) return NONE;
  const passed = (meeting: MeetingId) => {
    const deadline = context.deadlines.get(meeting);
    return deadline !== undefined && nowMs >= deadline.endMs ? deadline.date : undefined;
  };
  const late: LateItem[] = [];
  for (const { kind, meeting } of STAYS_OPEN) {
    if (meeting === next.id) continue;
    const deadline = passed(meeting);
    if (!deadline) continue;
    const done =
      kind === "description"
        ? isPublished(state, organisationId, meeting)
        : state.statistics.has(organisationId);
    if (!done) late.push({ kind, since: lateSince(deadline) });
  }
  const deadline = passed(next.id);
  if (deadline) {
    for (const item of dueItems(state, cluster, organisationId, next.id)) {
      if (!item.done) late.push({ kind: item.kind, since: lateSince(deadline) });
    }
  }
  return late.length ? late : NONE;
}
