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
  /** Per meeting: the deadline, the instant (epoch ms) its day ends, and the first late day. */
  deadlines: Deadlines;
  nowMs: number;
}

interface Deadline {
  date: IsoDate;
  /** When the deadline's day ends (epoch ms). */
  endMs: number;
  /** The first late day. */
  since: IsoDate;
  /** When the meeting's own day ends (epoch ms): the step at home after it begins then. */
  meetingEndMs: number;
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
  const meetings = clusterMeetings(round, cluster);
  const key = `${round.timeZone}|${meetings.map((m) => `${m.id}=${m.date}`).join("|")}`;
  let deadlines = DEADLINES.get(key);
  if (!deadlines) {
    const built = new Map<MeetingId, Deadline>();
    for (const meeting of meetings) {
      const date = itemDeadline(round, cluster, meeting.id);
      if (!date) continue;
      const endMs = endOfLocalDay(date, round.timeZone).toMillis();
      const meetingEndMs = endOfLocalDay(meeting.date, round.timeZone).toMillis();
      built.set(meeting.id, { date, endMs, since: lateSince(date), meetingEndMs });
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

const NONE: LateItem[] = [];

/** The meeting's deadline once it has passed at the context's instant. */
function passedDeadline(context: LateContext, meeting: MeetingId): Deadline | undefined {
  const deadline = context.deadlines.get(meeting);
  return deadline !== undefined && context.nowMs >= deadline.endMs ? deadline : undefined;
}

// Plain loops, no closures: every row of every status comes through here.
export function lateItems(state: RoundState, context: LateContext, organisationId: string): LateItem[] {
  const { next, cluster } = context;
  // Once the round has concluded nothing more can be handed in: what is missing is only missing.
  if (!next) return NONE;
  let late: LateItem[] | undefined;
  for (const { kind, meeting } of STAYS_OPEN) {
    if (meeting === next.id) continue;
    const deadline = passedDeadline(context, meeting);
    if (!deadline) continue;
    const done =
      kind === "description"
        ? isPublished(state, organisationId, meeting)
        : state.statistics.has(organisationId);
    if (done) continue;
    if (!late) late = [];
    late.push({ kind, since: deadline.since });
  }
  const deadline = passedDeadline(context, next.id);
  if (deadline) {
    for (const item of dueItems(state, cluster, organisationId, next.id)) {
      if (item.done) continue;
      if (!late) late = [];
      late.push({ kind: item.kind, since: deadline.since });
    }
  }
  return late ?? NONE;
}
