// Every deadline of a cluster's round: what each meeting asks every organisation to have done
// (itemsDueBefore), due a week before the meeting. The one list that the reminders, `status`, the
// dashboard, the late items and the calendar file all derive from.
import { type DueItemKind, itemsDueBefore } from "./due-before.ts";
import { clusterMeetings, type Meeting, presentationDeadline } from "./meetings.ts";
import type { Cluster, IsoDate, MeetingId, Round } from "./round.ts";

/** One meeting's deadline: the day everything it asks for is due. */
export interface MeetingDeadline {
  meeting: MeetingId;
  meetingDate: IsoDate;
  /** The day the items are due; the day after it is the first late day. */
  date: IsoDate;
  /** In the order a reminder lists them. */
  items: readonly DueItemKind[];
}

/** One item of one meeting and the day it is due. */
export interface DeadlineItem {
  meeting: MeetingId;
  meetingDate: IsoDate;
  date: IsoDate;
  kind: DueItemKind;
}

/** The deadline of a meeting on its day; undefined for a meeting that asks for nothing beforehand. */
export function meetingDeadline(meeting: Pick<Meeting, "id" | "date">): MeetingDeadline | undefined {
  const items = itemsDueBefore(meeting.id);
  if (items.length === 0) return undefined;
  return { meeting: meeting.id, meetingDate: meeting.date, date: presentationDeadline(meeting.date), items };
}

/** The cluster's deadlines, one per meeting that asks for anything, in the order of the meetings. */
export function clusterDeadlines(round: Round, cluster: Cluster): MeetingDeadline[] {
  return clusterMeetings(round, cluster).flatMap((meeting) => {
    const deadline = meetingDeadline(meeting);
    return deadline ? [deadline] : [];
  });
}

/** Every item the cluster's organisations owe, each with its meeting and day, in the order of the meetings. */
export function deadlineItems(round: Round, cluster: Cluster): DeadlineItem[] {
  return clusterDeadlines(round, cluster).flatMap(({ items, ...deadline }) =>
    items.map((kind) => ({ ...deadline, kind })),
  );
}
