import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import {
  easterSunday,
  isWorkingDay,
  swedishDaysOff,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "../../src/domain/working-days.ts";

describe("Swedish working days", () => {
  it("counts Monday to Friday as working days and the weekend as not", () => {
    expect(isWorkingDay("2027-09-13")).toBe(true); // Monday
    expect(isWorkingDay("2027-09-17")).toBe(true); // Friday
    expect(isWorkingDay("2027-09-18")).toBe(false); // Saturday
    expect(isWorkingDay("2027-09-19")).toBe(false); // Sunday
  });

  it.each([
    ["2027-01-01", "New Year's Day"],
    ["2027-01-06", "Epiphany"],
    ["2027-03-26", "Good Friday"],
    ["2027-03-29", "Easter Monday"],
    ["2027-05-06", "Ascension Day"],
    ["2028-06-06", "National Day"],
  ])("treats the public holiday %s (%s) as a day off", (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it("treats the de-facto days off (midsummer eve, Christmas eve, New Year's eve) as days off", () => {
    expect(isWorkingDay("2027-06-25")).toBe(false);
    expect(isWorkingDay("2027-12-24")).toBe(false);
    expect(isWorkingDay("2027-12-31")).toBe(false);
  });

  it("keeps half days and observances as working days (Maundy Thursday, Walpurgis night, Whit Monday)", () => {
    expect(isWorkingDay("2027-03-25")).toBe(true);
    expect(isWorkingDay("2027-04-30")).toBe(true);
    expect(isWorkingDay("2027-05-17")).toBe(true);
  });

  it("moves back over Easter to Maundy Thursday", () => {
    expect(workingDayOnOrBefore("2027-03-29")).toBe("2027-03-25");
  });

  it("moves forward over midsummer to the Monday after", () => {
    expect(workingDayOnOrAfter("2027-06-25")).toBe("2027-06-28");
  });

  it("moves over Christmas and New Year, across the turn of the year", () => {
    expect(workingDayOnOrBefore("2027-12-26")).toBe("2027-12-23");
    expect(workingDayOnOrAfter("2027-12-24")).toBe("2027-12-27");
    expect(workingDayOnOrAfter("2027-12-31")).toBe("2028-01-03");
    expect(isWorkingDay("2027-12-27")).toBe(true);
  });

  it("leaves a working day where it is", () => {
    expect(workingDayOnOrBefore("2027-09-15")).toBe("2027-09-15");
    expect(workingDayOnOrAfter("2027-09-15")).toBe("2027-09-15");
  });
});

describe("the Swedish days off, computed", () => {
  it("are the days off date-holidays gives (public and bank) for every year from 2005 to 2100", () => {
    const library = new Holidays("SE");
    for (let year = 2005; year <= 2100; year++) {
      // A set: two holidays can share a day (Ascension Day was 1 May in 2008).
      const expected = [
        ...new Set(
          library
            .getHolidays(year)
            .filter((h) => h.type === "public" || h.type === "bank")
            .map((h) => h.date.slice(0, 10)),
        ),
      ].sort();
      expect([...swedishDaysOff(year)].sort(), String(year)).toEqual(expected);
    }
  });

  it("finds Easter Sunday in early and late years", () => {
    expect(easterSunday(2008)).toBe("2008-03-23"); // early
    expect(easterSunday(2038)).toBe("2038-04-25"); // latest possible
    expect(easterSunday(2027)).toBe("2027-03-28");
  });

  it("moves midsummer and All Saints' Day with the weekday", () => {
    expect(swedishDaysOff(2027)).toContain("2027-06-26"); // midsummer day, Saturday
    expect(swedishDaysOff(2027)).toContain("2027-06-25"); // midsummer eve
    expect(swedishDaysOff(2026)).toContain("2026-10-31"); // All Saints' Day on 31 October
    expect(swedishDaysOff(2027)).toContain("2027-11-06"); // and on 6 November
  });
});
