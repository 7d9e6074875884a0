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

/** Local midnight at the end of `date`: the moment a meeting on that day "has passed". */
export function endOfLocalDay(date: IsoDate, timeZone: string): DateTime {
  return startOfLocalDay(addDays(date, 1), timeZone);
}

/** `hour`:00 local time on `date`, e.g. the 09:00 at which reminders go out. */
export function localTime(date: IsoDate, hour: number, timeZone: string): DateTime {
  return DateTime.fromISO(date, { zone: timeZone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
}

/** The calendar date an instant falls on in the time zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? "";
}

/**
 * An instant's local date and time of day in the zone, as a Date whose UTC fields read them: for files
 * whose times carry no zone (a workbook's cells), so that 07:01 UTC in Stockholm summer time reads 09:01.
 * Undefined for text that is no instant.
 */
export function localWallClock(iso: string, timeZone: string): Date | undefined {
  const local = DateTime.fromISO(iso, { zone: timeZone });
  if (!local.isValid) return undefined;
  return local.setZone("UTC", { keepLocalTime: true }).toJSDate();
}
