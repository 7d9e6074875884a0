// What the scheduler may post for a round, derived from the pure reminder plan: the presentation
// reminders and host invitations themselves, the project managers' copy of each invitation, and one
// cluster summary for the mentor on each presentation deadline day.
import { meetingDate } from "../domain/calendar.ts";
import { type PlannedReminder, plan, type ReminderKind, reminderKey } from "../domain/reminder-plan.ts";
import type { BenchmarkingMeetingId, Cluster, IsoDate, Round } from "../domain/round.ts";
import { type RelevanceDays, relevanceDays } from "./relevance.ts";

export type ScheduledKind = ReminderKind | "host-invitation-copy" | "cluster-summary";

export interface ScheduledMessage {
  /** The outbox key: one send per message, ever. */
  key: string;
  kind: ScheduledKind;
  /** ISO instant the message is due. */
  at: string;
  atMs: number;
  roundId: string;
  clusterId: string;
  meeting: BenchmarkingMeetingId;
  meetingDate: IsoDate;
  /** The presentation deadline, or for invitations the day they are due. */
  deadline: IsoDate;
  /** The organisation the message is about; its channel gets it unless `toProjectManagers`. */
  organisationId: string;
  toProjectManagers: boolean;
}

/** Cluster summaries are keyed per round, cluster, meeting and kind. */
export function clusterSummaryKey(roundId: string, clusterId: string, meeting: string): string {
  return `${roundId}/cluster:${clusterId}/${meeting}/cluster-summary`;
}

/** A round's clusters by id, each with its meeting dates: a national round has thousands of reminders. */
type ClusterIndex = ReadonlyMap<string, { cluster: Cluster; dates: Map<string, IsoDate | undefined> }>;

function clusterIndex(round: Round): ClusterIndex {
  return new Map(round.clusters.map((cluster) => [cluster.id, { cluster, dates: new Map() }]));
}

function meetingDateOf(round: Round, clusters: ClusterIndex, r: PlannedReminder): IsoDate | undefined {
  const entry = clusters.get(r.cluster);
  if (!entry) return undefined;
  if (!entry.dates.has(r.meeting)) entry.dates.set(r.meeting, meetingDate(round, entry.cluster, r.meeting));
  return entry.dates.get(r.meeting);
}

function fromReminder(round: Round, clusters: ClusterIndex, r: PlannedReminder): ScheduledMessage {
  return {
    key: reminderKey(r),
    kind: r.kind,
    at: r.at,
    atMs: Date.parse(r.at),
    roundId: r.round,
    clusterId: r.cluster,
    meeting: r.meeting,
    meetingDate: meetingDateOf(round, clusters, r) ?? r.deadline,
    deadline: r.deadline,
    organisationId: r.organisation,
    toProjectManagers: false,
  };
}

function companions(round: Round, clusters: ClusterIndex, message: ScheduledMessage): ScheduledMessage[] {
  if (message.kind === "host-invitation" && round.projectManagerHome) {
    const key = `${message.key}/project-managers`;
    return [{ ...message, key, kind: "host-invitation-copy", toProjectManagers: true }];
  }
  if (message.kind === "deadline-today") {
    const cluster = clusters.get(message.clusterId)?.cluster;
    if (cluster?.mentor !== message.organisationId) return [];
    const key = clusterSummaryKey(round.id, cluster.id, message.meeting);
    return [{ ...message, key, kind: "cluster-summary" }];
  }
  return [];
}

export type PlannedMessage = ScheduledMessage & RelevanceDays;

/**
 * Written out field by field: every tick reads tens of thousands of these, and objects of one shape are
 * read many times faster than ones built by spreading.
 */
function planned(m: ScheduledMessage, days: RelevanceDays): PlannedMessage {
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
    organisationId: m.organisationId,
    toProjectManagers: m.toProjectManagers,
    lastDay: days.lastDay,
    reportUntil: days.reportUntil,
  };
}

/**
 * Every message of the round, in the plan's order (by instant: a companion has its reminder's), with the
 * days it stays relevant.
 */
export function scheduledMessages(round: Round): PlannedMessage[] {
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
  return plan(round).flatMap((r) => {
    const message = fromReminder(round, clusters, r);
    return [message, ...companions(round, clusters, message)].map((m) => planned(m, relevanceOf(m)));
  });
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
