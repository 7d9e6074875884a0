// Every reminder a round will cause, computed from its dates alone (pure: no clock, no store).
// The scheduler compares the plan with the current instant and claims each item in the outbox
// under reminderKey(), so a reminder is sent at most once even after downtime or with replicas.
import type { DueItemKind } from "./due-before.ts";
import { addDays, localTime } from "./local-date.ts";
import { clusterMeetings, invitationDay, isBenchmarkingMeeting, presentationDeadline } from "./meetings.ts";
import { type Cluster, clusterMembers, type IsoDate, type MeetingId, type Round } from "./round.ts";
import { meetingDeadline } from "./round-deadlines.ts";
import { complete, type Steps } from "./steps.ts";
import { workingDayOnOrAfter, workingDayOnOrBefore } from "./working-days.ts";

export type ReminderKind = "host-invitation" | "deadline-in-7-days" | "deadline-today" | "overdue";
/** The reminders about the presentation deadline (the host invitation is a card of its own). */
export type DeadlineReminderKind = Exclude<ReminderKind, "host-invitation">;
/** In the order they happen; also the tie-break order of the plan. */
export const REMINDER_KINDS: readonly ReminderKind[] = [
  "host-invitation",
  "deadline-in-7-days",
  "deadline-today",
  "overdue",
];

/** Reminders go out at this hour, local time in the round's time zone. */
export const REMINDER_HOUR = 9;

export interface PlannedReminder {
  /** ISO 8601 instant with offset, e.g. `2027-03-23T09:00:00.000+01:00`. */
  at: string;
  round: string;
  cluster: string;
  organisation: string;
  /** The meeting the reminded items prepare: the start-up, a benchmarking meeting or the conference. */
  meeting: MeetingId;
  kind: ReminderKind;
  /** The day the items are due, or for `host-invitation` the day the invitation is due. */
  deadline: IsoDate;
  meetingDate: IsoDate;
  /** Benchmarking meetings only: the day every presentation is due (a host invitation states it). */
  presentationDeadline?: IsoDate | undefined;
  /** What the meeting asks for; a reminder lists the ones still missing when it is sent. */
  items: readonly DueItemKind[];
}

/** The outbox key: one send per round, organisation, meeting and kind, ever. */
export function reminderKey(r: Pick<PlannedReminder, "round" | "organisation" | "meeting" | "kind">): string {
  return `${r.round}/${r.organisation}/${r.meeting}/${r.kind}`;
}

// Early nudges move back to the last working day before a weekend or holiday; the overdue notice
// moves forward, since it must never arrive before the deadline has actually passed.
function sendDay(kind: ReminderKind, nominal: IsoDate): IsoDate {
  return kind === "overdue" ? workingDayOnOrAfter(nominal) : workingDayOnOrBefore(nominal);
}

function nominalDay(kind: ReminderKind, meeting: IsoDate, deadline: IsoDate): IsoDate {
  if (kind === "host-invitation") return invitationDay(meeting);
  if (kind === "deadline-in-7-days") return addDays(deadline, -7);
  if (kind === "deadline-today") return deadline;
  return addDays(deadline, 1);
}

/** The instant each (kind, meeting day) reminds at: every cluster meeting that day asks the same. */
type Instants = Map<string, string>;

function instantOf(
  instants: Instants,
  kind: ReminderKind,
  meeting: IsoDate,
  deadline: IsoDate,
  timeZone: string,
): string {
  // The deadline follows from the meeting's day, so the day alone keys the instant.
  const key = `${kind}|${meeting}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const at =
    localTime(sendDay(kind, nominalDay(kind, meeting, deadline)), REMINDER_HOUR, timeZone).toISO() ?? "";
  instants.set(key, at);
  return at;
}

const NO_ITEMS: readonly DueItemKind[] = [];

// Every meeting's items are due on its deadline (round-deadlines.ts): the presentations, the
// self-assessment rounds, the statistics, and the start-up meeting's description of the organisation alike.
function clusterPlan(round: Round, cluster: Cluster, instants: Instants): PlannedReminder[] {
  const reminders: PlannedReminder[] = [];
  for (const meeting of clusterMeetings(round, cluster)) {
    const deadline = meetingDeadline(meeting);
    const items = deadline?.items ?? NO_ITEMS;
    const benchmarking = isBenchmarkingMeeting(meeting.id);
    const dueOn = deadline?.date ?? presentationDeadline(meeting.date);
    const add = (organisation: string, kind: ReminderKind, deadline: IsoDate) => {
      reminders.push({
        at: instantOf(instants, kind, meeting.date, dueOn, round.timeZone),
        round: round.id,
        cluster: cluster.id,
        organisation,
        meeting: meeting.id,
        kind,
        deadline,
        meetingDate: meeting.date,
        presentationDeadline: benchmarking ? dueOn : undefined,
        items: kind === "host-invitation" ? NO_ITEMS : items,
      });
    };
    if (benchmarking && meeting.host) add(meeting.host, "host-invitation", invitationDay(meeting.date));
    if (items.length === 0) continue;
    for (const organisation of clusterMembers(cluster)) {
      for (const kind of REMINDER_KINDS.slice(1)) add(organisation, kind, dueOn);
    }
  }
  return reminders;
}

// Ids are ASCII slugs: compare code units, so the order never depends on the machine's locale.
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Sortable {
  reminder: PlannedReminder;
  atMs: number;
  kindRank: number;
}

function compareReminders(x: Sortable, y: Sortable): number {
  const a = x.reminder;
  const b = y.reminder;
  return (
    x.atMs - y.atMs ||
    byText(a.cluster, b.cluster) ||
    byText(a.organisation, b.organisation) ||
    x.kindRank - y.kindRank ||
    byText(a.meeting, b.meeting)
  );
}

/** Every reminder of the round, sorted by instant, then cluster, organisation and kind. */
export function plan(round: Round): PlannedReminder[] {
  return complete(planSteps(round));
}

/**
 * plan() in steps: it pauses after each cluster and after each instant's reminders are sorted. The order
 * is by instant first, so the reminders are grouped by instant and each group is sorted alone: a national
 * round's reminders (about 100,000 for 2,000 clusters) fall on a few hundred instants.
 */
export function* planSteps(round: Round): Steps<PlannedReminder[]> {
  const instants: Instants = new Map();
  const byInstant = new Map<number, Sortable[]>();
  for (const cluster of round.clusters) {
    for (const reminder of clusterPlan(round, cluster, instants)) {
      const atMs = Date.parse(reminder.at);
      const group = byInstant.get(atMs) ?? [];
      group.push({ reminder, atMs, kindRank: REMINDER_KINDS.indexOf(reminder.kind) });
      byInstant.set(atMs, group);
    }
    yield;
  }
  const sorted: PlannedReminder[] = [];
  for (const atMs of [...byInstant.keys()].sort((a, b) => a - b)) {
    for (const s of (byInstant.get(atMs) ?? []).sort(compareReminders)) sorted.push(s.reminder);
    yield;
  }
  return sorted;
}
