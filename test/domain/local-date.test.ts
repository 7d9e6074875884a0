// Calendar arithmetic is done by hand for speed; luxon remains the reference it must agree with.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addDays, localDate, localTime, weekday } from "../../src/domain/local-date.ts";

function everyDay(from: string, count: number): string[] {
  const start = DateTime.fromISO(from, { zone: "utc" });
  return Array.from({ length: count }, (_, i) => start.plus({ days: i }).toISODate() ?? "");
}

describe("calendar arithmetic", () => {
  const days = everyDay("2023-12-25", 8 * 366 + 10);

  it("adds and subtracts days as luxon does, across month and year ends and leap days", () => {
    for (const day of days) {
      for (const n of [-400, -14, -7, -1, 0, 1, 2, 7, 29, 366]) {
        const expected = DateTime.fromISO(day, { zone: "utc" }).plus({ days: n }).toISODate();
        if (addDays(day, n) !== expected) expect(`${day} ${n} → ${addDays(day, n)}`).toBe(expected);
      }
    }
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
  });

  it("names the weekday as luxon does (1 = Monday … 7 = Sunday)", () => {
    for (const day of days) {
      const expected = DateTime.fromISO(day, { zone: "utc" }).weekday;
      if (weekday(day) !== expected) expect(`${day} → ${weekday(day)}`).toBe(`${day} → ${expected}`);
    }
  });

  it("leaves what is not a date as luxon would", () => {
    for (const text of ["2027-02-30", "2027-13-01", "27-03-01", "", "0050-01-01"]) {
      const reference = DateTime.fromISO(text, { zone: "utc" });
      expect(addDays(text, 1)).toBe(reference.plus({ days: 1 }).toISODate() ?? text);
      expect(weekday(text)).toEqual(reference.weekday);
    }
  });
});

describe("local instants and dates", () => {
  it("are right on either side of a clock change", () => {
    expect(localTime("2027-03-26", 9, "Europe/Stockholm").toISO()).toBe("2027-03-26T09:00:00.000+01:00");
    expect(localTime("2027-03-29", 9, "Europe/Stockholm").toISO()).toBe("2027-03-29T09:00:00.000+02:00");
    expect(localDate(new Date("2027-03-28T22:30:00Z"), "Europe/Stockholm")).toBe("2027-03-29");
    expect(localDate(new Date("2027-03-28T21:30:00Z"), "Europe/Stockholm")).toBe("2027-03-28");
    expect(localDate(new Date("2027-03-28T21:30:00Z"), "America/New_York")).toBe("2027-03-28");
  });
});
