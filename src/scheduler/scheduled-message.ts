// What the scheduler may post for a round, derived from the pure reminder plan: the presentation
// reminders and host invitations themselves, the project managers' copy of each invitation, and one
// cluster summary for the mentor on each presentation deadline day.
import { meetingDate } from "../domain/calendar.ts";
import { type PlannedReminder, plan, type ReminderKind, reminderKey } from "../domain/reminder-plan.ts";
import type { BenchmarkingMeetingId, IsoDate, Round } from "../domain/round.ts";
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

function fromReminder(round: Round, r: PlannedReminder): ScheduledMessage {
  const cluster = round.clusters.find((c) => c.id === r.cluster);
  const date = (cluster && meetingDate(round, cluster, r.meeting)) ?? r.deadline;
  return {
    key: reminderKey(r),
    kind: r.kind,
    at: r.at,
    atMs: Date.parse(r.at),
    roundId: r.round,
    clusterId: r.cluster,
    meeting: r.meeting,
    meetingDate: date,
    deadline: r.deadline,
    organisationId: r.organisation,
    toProjectManagers: false,
  };
}

function companions(round: Round, message: ScheduledMessage): ScheduledMessage[] {
  if (message.kind === "host-invitation" && round.projectManagerHome) {
    const key = `${message.key}/project-managers`;
    return [{ ...message, key, kind: "host-invitation-copy", toProjectManagers: true }];
  }
  if (message.kind === "deadline-today") {
    const cluster = round.clusters.find((c) => c.id === message.clusterId);
    if (cluster?.mentor !== message.organisationId) return [];
    const key = clusterSummaryKey(round.id, cluster.id, message.meeting);
    return [{ ...message, key, kind: "cluster-summary" }];
  }
  return [];
}

export type PlannedMessage = ScheduledMessage & RelevanceDays;

/** Every message of the round, in the plan's order, with the days it stays relevant. */
export function scheduledMessages(round: Round): PlannedMessage[] {
  return plan(round).flatMap((r) => {
    const message = fromReminder(round, r);
    return [message, ...companions(round, message)].map((m) => ({
      ...m,
      ...relevanceDays(m, round.timeZone),
    }));
  });
}
