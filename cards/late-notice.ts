// The day after a deadline, the cluster's mentor (and the project managers, in a copy) learn who is late
// with what. Sent only when someone is.
import type { IsoDate, Locale } from "../src/domain/round.ts";
import { MISSING_ORDER } from "./cluster-summary-notice.ts";
import { formatDate } from "./format.ts";
import type { Block, Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";
import { strings } from "./strings.ts";
import type { MeetingRef, ReminderView } from "./view-models.ts";

export interface LateNoticeView {
  clusterName: string;
  meeting: MeetingRef;
  deadline: IsoDate;
  /** The first day the items count as late: the day after the deadline. */
  lateSince: IsoDate;
  /** Only the organisations that are late, the mentor first. */
  rows: { organisationName: string; missing: ReminderView["missing"] }[];
  copy?: boolean | undefined;
}

export function lateNoticeCard(view: LateNoticeView, locale: Locale): Card {
  const t = schedulerStrings(locale).lateNotice;
  const words = schedulerStrings(locale).clusterSummary.missing;
  const meeting = strings(locale).meetingInSentence[view.meeting.meeting];
  const deadline = formatDate(view.deadline, locale);
  const since = formatDate(view.lateSince, locale);
  const facts = view.rows.map((row) => ({
    label: row.organisationName,
    value: t.lateSince(
      MISSING_ORDER.filter((k) => row.missing[k])
        .map((k) => words[k])
        .join(", "),
      since,
    ),
  }));
  const blocks: Block[] = [
    ...(view.copy ? [{ type: "text" as const, text: t.copyNote(view.clusterName), muted: true }] : []),
    { type: "text", text: t.intro(deadline, meeting) },
    { type: "facts", facts },
  ];
  return {
    kind: "late-notice",
    title: t.title(meeting),
    summary: t.summary(view.clusterName, view.rows.length, deadline),
    blocks,
  };
}
