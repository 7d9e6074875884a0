// Calendar dates (`YYYY-MM-DD`) and the instants they mean in a round's time zone. Luxon does the
// zone and daylight-saving arithmetic, so 09:00 is 09:00 local on either side of a clock change.
import { DateTime } from "luxon";
import type { IsoDate } from "./round.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && DateTime.fromISO(text, { zone: "utc" }).isValid;
}

/** Calendar arithmetic on dates; no time zone is involved, so no clock change can shift it. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: "utc" }).plus({ days }).toISODate() ?? date;
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return DateTime.fromISO(date, { zone: "utc" }).weekday;
}

/** Local midnight at the start of `date`. */
export function startOfLocalDay(date: IsoDate, timeZone: string): DateTime {
  return DateTime.fromISO(date, { zone: timeZone }).startOf("day");
}

/**
 * Time-zone arithmetic is the costliest thing the calendar does, and a round asks the same few hundred
 * (date, zone) questions over and over: their answers never change, so they are kept.
 */
const ENDS_OF_DAY = new Map<string, DateTime>();
const MAX_REMEMBERED = 20_000;

/** Local midnight at the end of `date`: the moment a meeting on that day "has passed". */
export function endOfLocalDay(date: IsoDate, timeZone: string): DateTime {
  const key = `${date}|${timeZone}`;
  const known = ENDS_OF_DAY.get(key);
  if (known) return known;
  const end = startOfLocalDay(addDays(date, 1), timeZone);
  if (ENDS_OF_DAY.size >= MAX_REMEMBERED) ENDS_OF_DAY.clear();
  ENDS_OF_DAY.set(key, end);
  return end;
}

/** `hour`:00 local time on `date`, e.g. the 09:00 at which reminders go out. */
export function localTime(date: IsoDate, hour: number, timeZone: string): DateTime {
  return DateTime.fromISO(date, { zone: timeZone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
}

/** The calendar date an instant falls on in the time zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? "";
}
