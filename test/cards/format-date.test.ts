// Dates are formatted once per (date, language) and kept: the kept text is the same as a fresh one.
import { describe, expect, it } from "vitest";
import { formatDate } from "../../cards/format.ts";

describe("formatDate", () => {
  it("gives each language its own text, the same on every call", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDate("2027-03-09", "sv")).toBe("tisdag 9 mars 2027");
      expect(formatDate("2027-03-09", "en")).toBe("Tuesday 9 March 2027");
    }
  });

  it("keeps dates apart and shows what is not a date as it is", () => {
    expect(formatDate("2027-03-10", "sv")).toBe("onsdag 10 mars 2027");
    expect(formatDate("not a date", "sv")).toBe("not a date");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });

  it("still answers when more dates are asked than it keeps", () => {
    const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let n = 0; n < 2_500; n++) formatDate(day(n), "en");
    expect(formatDate("2027-03-09", "en")).toBe("Tuesday 9 March 2027");
    expect(formatDate(day(2_499), "en")).toMatch(/^\w+day \d+ \w+ 203\d$/);
  });
});
