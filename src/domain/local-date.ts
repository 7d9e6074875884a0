// Calendar dates (`YYYY-MM-DD`) and the instants they mean in a round's time zone. Luxon does the
// zone and daylight-saving arithmetic, so 09:00 is 09:00 local on either side of a clock change.
import { DateTime } from "luxon";
import type { IsoDate } from "./round.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && DateTime.fromISO(text, { zone: "utc" }).isValid;
}

const DAY_MS = 86_400_000;

/**
 * Midnight UTC of a `YYYY-MM-DD` date as epoch milliseconds, NaN for anything else. Plain arithmetic:
 * the plan and the relevance of every reminder ask this hundreds of thousands of times, and luxon costs
 * some microseconds a call.
 */
function utcDay(date: IsoDate): number {
  if (!ISO_DATE.test(date)) return Number.NaN;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC maps years 0–99 to 1900–1999, and rolls 2027-02-30 over into March: neither is that date.
  const back = new Date(ms);
  const same =
    back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
  return same ? ms : Number.NaN;
}

function isoDateOf(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Calendar arithmetic on dates; no time zone is involved, so no clock change can shift it. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = utcDay(date);
  if (Number.isNaN(ms)) return DateTime.fromISO(date, { zone: "utc" }).plus({ days }).toISODate() ?? date;
  const shifted = ms + days * DAY_MS;
  const year = new Date(shifted).getUTCFullYear();
  // Outside four-digit years toISOString writes ±YYYYYY; luxon's form is kept there.
  if (year < 1 || year > 9999)
    return DateTime.fromISO(date, { zone: "utc" }).plus({ days }).toISODate() ?? date;
  return isoDateOf(shifted);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); calendar arithmetic, no time zone. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  const ms = utcDay(date);
  if (Number.isNaN(ms)) return DateTime.fromISO(date, { zone: "utc" }).weekday;
  return new Date(ms).getUTCDay() || 7;
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

const LOCAL_TIMES = new Map<string, DateTime>();

/** `hour`:00 local time on `date`, e.g. the 09:00 at which reminders go out. */
export function localTime(date: IsoDate, hour: number, timeZone: string): DateTime {
  // Every cluster of a round meets on one of a few dozen days: the plan asks the same instants again.
  const key = `${date}|${hour}|${timeZone}`;
  const known = LOCAL_TIMES.get(key);
  if (known) return known;
  const time = DateTime.fromISO(date, { zone: timeZone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (LOCAL_TIMES.size >= MAX_REMEMBERED) LOCAL_TIMES.clear();
  LOCAL_TIMES.set(key, time);
  return time;
}

const LOCAL_DATES = new Map<string, IsoDate>();

/** The calendar date an instant falls on in the time zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  // Reminders share their instants (09:00 on a few days): each is converted once.
  const key = `${instant.getTime()}|${timeZone}`;
  const known = LOCAL_DATES.get(key);
  if (known !== undefined) return known;
  const date = DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? "";
  if (LOCAL_DATES.size >= MAX_REMEMBERED) LOCAL_DATES.clear();
  LOCAL_DATES.set(key, date);
  return date;
}
