// On a presentation deadline day, the mentor's channel gets who in the cluster is missing what.
import type { IsoDate, Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import type { Card } from "./model.ts";
import { schedulerStrings } from "./scheduler-strings.ts";
import { strings } from "./strings.ts";
import type { MeetingRef, ReminderView } from "./view-models.ts";

export interface ClusterSummaryNoticeView {
  clusterName: string;
  meeting: MeetingRef;
  presentationDeadline: IsoDate;
  /** The local day it goes out: before the deadline when the deadline is a holiday or a weekend. */
  sentOn?: IsoDate | undefined;
  /** Every organisation of the cluster, the mentor first. */
  rows: { organisationName: string; missing: ReminderView["missing"] }[];
}

type MissingKey = keyof ReminderView["missing"];
export const MISSING_ORDER: readonly MissingKey[] = [
  "description",
  "presentation",
  "assessment",
  "pdsa",
  "statistics",
];

export function clusterSummaryNoticeCard(view: ClusterSummaryNoticeView, locale: Locale): Card {
  const t = schedulerStrings(locale).clusterSummary;
  const meeting = strings(locale).meetingInSentence[view.meeting.meeting];
  const deadline = formatDate(view.presentationDeadline, locale);
  const facts = view.rows.map((row) => {
    const missing = MISSING_ORDER.filter((k) => row.missing[k]).map((k) => t.missing[k]);
    return {
      label: row.organisationName,
      value: missing.length ? `${strings(locale).missing}: ${missing.join(", ")}` : `✓ ${t.allDone}`,
    };
  });
  const behind = view.rows.filter((row) => MISSING_ORDER.some((k) => row.missing[k])).length;
  return {
    kind: "cluster-summary",
    title: t.title(meeting),
    summary: t.summary(view.clusterName, behind, deadline),
    blocks: [
      {
        type: "text",
        text: t.intro(deadline, (view.sentOn ?? view.presentationDeadline) === view.presentationDeadline),
      },
      { type: "facts", facts },
    ],
  };
}
