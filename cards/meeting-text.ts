import type { Locale } from "../src/domain/round.ts";
import { formatDate } from "./format.ts";
import { strings } from "./strings.ts";
import type { MeetingRef } from "./view-models.ts";

/** "Benchmarkingmöte 2, tisdag 9 mars 2027 (värd: Grums)". */
export function meetingText(meeting: MeetingRef, locale: Locale): string {
  const t = strings(locale);
  const host = meeting.host ? ` (${t.hostedBy(meeting.host)})` : "";
  return `${t.meetings[meeting.meeting]}, ${formatDate(meeting.date, locale)}${host}`;
}
