// What the scheduler may post for a round, derived from the pure reminder plan: the reminders and host
// invitations themselves, the project managers' copy of each invitation, one cluster summary for the
// mentor on each presentation deadline day, and on the day after each deadline one late notice for the
// mentor and a copy for the project managers (naming who is late with what).
import type { DueItemKind } from "../domain/due-before.ts";
import { type PlannedReminder, planSteps, type ReminderKind, reminderKey } from "../domain/reminder-plan.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "../domain/round.ts";
import { complete, ITEMS_PER_STEP, type Steps } from "../domain/steps.ts";
import { type RelevanceDays, relevanceDays } from "./relevance.ts";

export type ScheduledKind =
  | ReminderKind
  | "host-invitation-copy"
  | "cluster-summary"
  | "late-notice"
  | "late-notice-copy";

/** Every kind a tick can send, in the order of a meeting's calendar, and who reads it. */
export const SCHEDULED_KINDS: Readonly<
  Record<ScheduledKind, "organisation" | "host" | "mentor" | "project-managers">
> = {
  "host-invitation": "host",
  "host-invitation-copy": "project-managers",
  "deadline-in-7-days": "organisation",
  "deadline-today": "organisation",
  "cluster-summary": "mentor",
  overdue: "organisation",
  "late-notice": "mentor",
  "late-notice-copy": "project-managers",
};

export interface ScheduledMessage {
  /** The outbox key: one send per message, ever. */
  key: string;
  kind: ScheduledKind;
  /** ISO instant the message is due. */
  at: string;
  atMs: number;
  roundId: string;
  clusterId: string;
  meeting: MeetingId;
  meetingDate: IsoDate;
  /** The day the items are due, or for invitations the day they are due. */
  deadline: IsoDate;
  /** Benchmarking meetings only: the day the presentations are due. */
  presentationDeadline: IsoDate | undefined;
  /** What the meeting asks of each organisation (none for invitations). */
  items: readonly DueItemKind[];
  /** The organisation the message is about; its channel gets it unless `toProjectManagers`. */
  organisationId: string;
  toProjectManagers: boolean;
}

/** Cluster summaries are keyed per round, cluster, meeting and kind. */
export function clusterSummaryKey(roundId: string, clusterId: string, meeting: string): string {
  return `${roundId}/cluster:${clusterId}/${meeting}/cluster-summary`;
}

/** Late notices likewise: one per cluster and meeting (its copy adds `/project-managers`). */
export function lateNoticeKey(roundId: string, clusterId: string, meeting: string): string {
  return `${roundId}/cluster:${clusterId}/${meeting}/late-notice`;
}

/** A round's clusters by id: a national round has thousands of reminders. */
type ClusterIndex = ReadonlyMap<string, Cluster>;

function clusterIndex(round: Round): ClusterIndex {
  return new Map(round.clusters.map((cluster) => [cluster.id, cluster]));
}

function fromReminder(r: PlannedReminder): ScheduledMessage {
  return {
    key: reminderKey(r),
    kind: r.kind,
    at: r.at,
    atMs: Date.parse(r.at),
    roundId: r.round,
    clusterId: r.cluster,
    meeting: r.meeting,
    meetingDate: r.meetingDate,
    deadline: r.deadline,
    presentationDeadline: r.presentationDeadline,
    items: r.items,
    organisationId: r.organisation,
    toProjectManagers: false,
  };
}

function companions(round: Round, clusters: ClusterIndex, message: ScheduledMessage): ScheduledMessage[] {
  if (message.kind === "host-invitation" && round.projectManagerHome) {
    const key = `${message.key}/project-managers`;
    return [{ ...message, key, kind: "host-invitation-copy", toProjectManagers: true }];
  }
  const cluster = clusters.get(message.clusterId);
  if (cluster?.mentor !== message.organisationId) return [];
  if (message.kind === "deadline-today" && message.presentationDeadline !== undefined) {
    const key = clusterSummaryKey(round.id, cluster.id, message.meeting);
    return [{ ...message, key, kind: "cluster-summary" }];
  }
  if (message.kind === "overdue") {
    const key = lateNoticeKey(round.id, cluster.id, message.meeting);
    const notice: ScheduledMessage = { ...message, key, kind: "late-notice" };
    if (!round.projectManagerHome) return [notice];
    return [
      notice,
      { ...notice, key: `${key}/project-managers`, kind: "late-notice-copy", toProjectManagers: true },
    ];
  }
  return [];
}

export type PlannedMessage = ScheduledMessage &
  RelevanceDays & {
    /**
     * When the next reminder of the same organisation and meeting is due (Infinity when none): once it
     * is, this one is never sent, so that a catch-up after downtime sends only the newest.
     */
    supersededAtMs: number;
  };

/**
 * Written out field by field: every tick reads tens of thousands of these, and objects of one shape are
 * read many times faster than ones built by spreading.
 */
function planned(m: ScheduledMessage, days: RelevanceDays, supersededAtMs: number): PlannedMessage {
  return {
    key: m.key,
    kind: m.kind,
    at: m.at,
    atMs: m.atMs,
    roundId: m.roundId,
    clusterId: m.clusterId,
    meeting: m.meeting,
    meetingDate: m.meetingDate,
    deadline: m.deadline,
    presentationDeadline: m.presentationDeadline,
    items: m.items,
    organisationId: m.organisationId,
    toProjectManagers: m.toProjectManagers,
    lastDay: days.lastDay,
    reportUntil: days.reportUntil,
    supersededAtMs,
  };
}

/**
 * Every message of the round, in the plan's order (by instant: a companion has its reminder's), with the
 * days it stays relevant.
 */
export function scheduledMessages(round: Round): PlannedMessage[] {
  return complete(scheduledMessageSteps(round));
}

/** scheduledMessages() in steps: the tick runs it in slices (reminder-service.ts). */
export function* scheduledMessageSteps(round: Round): Steps<PlannedMessage[]> {
  const clusters = clusterIndex(round);
  // Clusters that meet the same day share their relevance: it depends on the kind and the days alone.
  const days = new Map<string, RelevanceDays>();
  const relevanceOf = (m: ScheduledMessage) => {
    const key = `${m.kind}|${m.atMs}|${m.deadline}|${m.meetingDate}`;
    let known = days.get(key);
    if (!known) {
      known = relevanceDays(m, round.timeZone);
      days.set(key, known);
    }
    return known;
  };
  const reminders = yield* planSteps(round);
  const superseded = yield* supersededTimes(reminders);
  const messages: PlannedMessage[] = [];
  for (const [index, r] of reminders.entries()) {
    const message = fromReminder(r);
    messages.push(planned(message, relevanceOf(message), superseded[index] ?? Number.POSITIVE_INFINITY));
    for (const m of companions(round, clusters, message))
      messages.push(planned(m, relevanceOf(m), Number.POSITIVE_INFINITY));
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return messages;
}

/** Per reminder (plan order): when the next one of its organisation and meeting is due. */
function* supersededTimes(reminders: readonly PlannedReminder[]): Steps<number[]> {
  const times = new Array<number>(reminders.length).fill(Number.POSITIVE_INFINITY);
  const next = new Map<string, number>();
  for (let i = reminders.length - 1; i >= 0; i--) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const r = reminders[i] as PlannedReminder;
    if (r.kind === "host-invitation") continue;
    const group = `${r.organisation}|${r.meeting}`;
    const later = next.get(group);
    if (later !== undefined) times[i] = later;
    next.set(group, Date.parse(r.at));
  }
  return times;
}

/** How many of the messages (in the plan's order) are due at `nowMs`: they come first. */
export function dueCount(messages: readonly PlannedMessage[], nowMs: number): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((messages[middle] as PlannedMessage).atMs <= nowMs) low = middle + 1;
    else high = middle;
  }
  return low;
}
