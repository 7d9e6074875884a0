// How long a due message still matters. A tick after downtime sends what was missed while it is still
// relevant; after that it is stale and never sent.
import { addDays, localDate } from "../domain/local-date.ts";
import type { IsoDate } from "../domain/round.ts";
import { isWorkingDay } from "../domain/working-days.ts";
import type { ScheduledMessage } from "./scheduled-message.ts";

/** The overdue notice still goes out on this many working days after its own day, then not. */
export const OVERDUE_GRACE_WORKING_DAYS = 2;
/** A stale message is reported for this many days after it went stale, then no longer mentioned. */
export const STALE_REPORT_DAYS = 7;

function workingDaysAfter(date: IsoDate, count: number): IsoDate {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The last local day on which the message may still be sent. */
export function lastRelevantDay(message: ScheduledMessage, timeZone: string): IsoDate {
  const dayBeforeMeeting = addDays(message.meetingDate, -1);
  switch (message.kind) {
    case "deadline-in-7-days":
      return addDays(message.deadline, -1);
    case "deadline-today":
    case "cluster-summary":
      return message.deadline;
    case "overdue":
    case "late-notice":
    case "late-notice-copy": {
      const sendDay = localDate(new Date(message.atMs), timeZone);
      return earlier(workingDaysAfter(sendDay, OVERDUE_GRACE_WORKING_DAYS), dayBeforeMeeting);
    }
    case "host-invitation":
    case "host-invitation-copy":
      return dayBeforeMeeting;
  }
}

export type Relevance = "not-yet" | "relevant" | "stale" | "long-stale";

export interface RelevanceDays {
  /** The last local day it may be sent. */
  lastDay: IsoDate;
  /** The last local day it is reported as stale. */
  reportUntil: IsoDate;
}

export function relevanceDays(message: ScheduledMessage, timeZone: string): RelevanceDays {
  const lastDay = lastRelevantDay(message, timeZone);
  return { lastDay, reportUntil: addDays(lastDay, STALE_REPORT_DAYS) };
}

/** `today` is the local date of `nowMs` in the round's time zone. */
export function relevance(
  message: ScheduledMessage & RelevanceDays,
  nowMs: number,
  today: IsoDate,
): Relevance {
  if (message.atMs > nowMs) return "not-yet";
  if (today <= message.lastDay) return "relevant";
  return today <= message.reportUntil ? "stale" : "long-stale";
}
