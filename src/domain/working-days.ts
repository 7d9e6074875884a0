// Swedish working days. Non-working: Saturday, Sunday, the public holidays of the law on general holidays
// (lag 1989:253, with National Day since 2005), and the de-facto days off that are not holidays in law:
// midsummer eve, Christmas eve and New Year's eve. Half days such as Walpurgis night, and observances
// such as Whit Monday, count as working days. The dates are computed here rather than read from a
// holiday library: every such library we know of loads the rules of every country (about 20 MB in the
// running bot) for the sixteen days of one; a test checks these against date-holidays year by year.
import { addDays, weekday } from "./local-date.ts";
import type { IsoDate } from "./round.ts";

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, as given by Meeus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The Saturday on or after `date` (1 = Monday … 6 = Saturday). */
function saturdayFrom(date: IsoDate): IsoDate {
  return addDays(date, (6 - weekday(date) + 7) % 7);
}

/** The year's days off that can fall on a weekday; weekends are days off anyway. */
export function swedishDaysOff(year: number): ReadonlySet<IsoDate> {
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(isoDate(year, 6, 20));
  const dates = new Set<IsoDate>([
    isoDate(year, 1, 1), // New Year's Day
    isoDate(year, 1, 6), // Epiphany
    addDays(easter, -2), // Good Friday
    easter,
    addDays(easter, 1), // Easter Monday
    isoDate(year, 5, 1), // May Day
    addDays(easter, 39), // Ascension Day
    addDays(easter, 49), // Whit Sunday
    addDays(midsummerDay, -1), // Midsummer Eve
    midsummerDay,
    saturdayFrom(isoDate(year, 10, 31)), // All Saints' Day
    isoDate(year, 12, 24), // Christmas Eve
    isoDate(year, 12, 25), // Christmas Day
    isoDate(year, 12, 26), // Boxing Day
    isoDate(year, 12, 31), // New Year's Eve
  ]);
  if (year >= 2005) dates.add(isoDate(year, 6, 6)); // National Day
  return dates;
}

export function isWorkingDay(date: IsoDate): boolean {
  if (weekday(date) >= 6) return false;
  return !swedishDaysOff(Number(date.slice(0, 4))).has(date);
}

/** `date` itself when it is a working day, otherwise the last working day before it. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** `date` itself when it is a working day, otherwise the first working day after it. */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
