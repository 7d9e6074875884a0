// Swedish working days. Non-working: Saturday, Sunday, every SE holiday of type `public` (the legal
// red days) and of type `bank`, which date-holidays uses for the de-facto days off that are not red
// days in law: midsummer eve, Christmas eve and New Year's eve. Half days such as Walpurgis night
// (`optional`) and observances count as working days.
import Holidays from "date-holidays";
import { addDays, weekday } from "./local-date.ts";
import type { IsoDate } from "./round.ts";

const DAYS_OFF = new Set(["public", "bank"]);

let holidays: Holidays | undefined;
const daysOffByYear = new Map<number, ReadonlySet<IsoDate>>();

// The holiday rules are static data: one instance, built on first use, and one set per year.
function daysOff(year: number): ReadonlySet<IsoDate> {
  const cached = daysOffByYear.get(year);
  if (cached) return cached;
  holidays ??= new Holidays("SE");
  const dates = new Set<IsoDate>();
  for (const h of holidays.getHolidays(year)) {
    if (DAYS_OFF.has(h.type)) dates.add(h.date.slice(0, 10));
  }
  daysOffByYear.set(year, dates);
  return dates;
}

export function isWorkingDay(date: IsoDate): boolean {
  if (weekday(date) >= 6) return false;
  return !daysOff(Number(date.slice(0, 4))).has(date);
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
