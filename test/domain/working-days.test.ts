import { describe, expect, it } from "vitest";
import { isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore } from "../../src/domain/working-days.ts";

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
