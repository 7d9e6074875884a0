// `validate` reports every mistake in one run: schema errors and the rules across fields together, and
// warnings (allowed, probably wrong) apart from errors, in both languages.
import { describe, expect, it } from "vitest";
import { edit, errorsOf, parse, SMALL_ROUND } from "./helpers.ts";

describe("schema and rule errors in one run", () => {
  it("reports a bad e-mail address (schema) with a meeting out of order (rule)", () => {
    let text = edit(SMALL_ROUND, "email: elected@beta.example", "email: not-an-address");
    text = edit(text, "benchmarking-2: { date: 2027-06-09", "benchmarking-2: { date: 2027-03-01");
    const errors = errorsOf(text);
    expect(errors.map((e) => e.path)).toEqual([
      "organisations[1].people[1].email",
      "clusters[0].meetings.benchmarking-2.date",
    ]);
    expect(errors[1]?.message).toMatch(/is not after benchmarking-1/);
    expect(errors.every((e) => e.sv)).toBe(true);
  });

  it("reports a duplicate organisation id (rule) beside an unknown field (schema)", () => {
    let text = edit(SMALL_ROUND, "startUp: 2027-02-03", "startUp: 2027-02-03\nsurprise: true");
    text = edit(text, "id: beta", "id: alfa");
    const paths = errorsOf(text).map((e) => e.path);
    expect(paths).toContain("surprise");
    expect(paths).toContain("organisations[1].id");
  });

  it("runs no date rule on a date that is itself malformed, and says it once", () => {
    const text = edit(
      SMALL_ROUND,
      "benchmarking-2: { date: 2027-06-09",
      "benchmarking-2: { date: 2027-13-09",
    );
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("clusters[0].meetings.benchmarking-2.date");
  });
});

describe("warnings", () => {
  it("are none about dates for a round on working days outside July", () => {
    const result = parse(SMALL_ROUND);
    // The small round's people without a chat home are named too (test/round-file/accounts.test.ts).
    expect(result.ok && result.warnings.filter((w) => !w.message.includes("recognised"))).toEqual([]);
  });

  it("name a meeting on a weekend, a public holiday or in July, and one too soon after the start-up", () => {
    let text = edit(SMALL_ROUND, "benchmarking-2: { date: 2027-06-09", "benchmarking-2: { date: 2027-06-06");
    text = edit(text, "benchmarking-2: { date: 2027-06-10", "benchmarking-2: { date: 2027-07-08");
    text = edit(text, "resultsConference: 2027-12-09", "resultsConference: 2027-12-24");
    const result = parse(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const lines = result.warnings.map((w) => `${w.path}: ${w.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^resultsConference: .*weekend or a public holiday/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^clusters\[0\]\.meetings\.benchmarking-2\.date: .*2027-06-06.*weekend or a public holiday/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^clusters\[1\]\.meetings\.benchmarking-2\.date: .*in July/),
    );
    expect(result.warnings.every((w) => w.sv && w.line > 0)).toBe(true);
  });

  it("name a benchmarking meeting 3 so close to the conference that the final self-assessment would be due first", () => {
    const result = parse(edit(SMALL_ROUND, "resultsConference: 2027-12-09", "resultsConference: 2027-10-12"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toContainEqual(
      expect.stringMatching(
        /^clusters\[0\]\.meetings\.benchmarking-3\.date: .*would be due before meeting 3/,
      ),
    );
  });
});

describe("several checklist forms", () => {
  it("accepts checklists: [a, b], the first being the round's main form", () => {
    const result = parse(edit(SMALL_ROUND, "checklist: skr-10", "checklists: [skr-10, test-1-4]"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.round.checklist).toBe("skr-10");
    expect(result.round.checklists).toEqual(["skr-10", "test-1-4"]);
  });

  it("names an unknown form, a form named twice, and both keys at once", () => {
    const unknown = errorsOf(edit(SMALL_ROUND, "checklist: skr-10", "checklists: [skr-10, nope]"));
    expect(unknown.map((e) => `${e.path}: ${e.message}`)).toEqual([
      expect.stringMatching(/^checklists\[1\]: unknown checklist "nope"/),
    ]);
    const twice = errorsOf(edit(SMALL_ROUND, "checklist: skr-10", "checklists: [skr-10, skr-10]"));
    expect(twice.map((e) => e.path)).toEqual(["checklists"]);
    const both = errorsOf(
      edit(SMALL_ROUND, "checklist: skr-10", "checklist: skr-10\nchecklists: [test-1-4]"),
    );
    expect(both.map((e) => e.sv)).toEqual([expect.stringMatching(/antingen checklist/)]);
  });
});

describe("links per step", () => {
  const withLinks = (yaml: string) => edit(SMALL_ROUND, "checklist: skr-10", `checklist: skr-10\n${yaml}`);

  it("accepts up to five links a step and keeps them on the round", () => {
    const result = parse(
      withLinks("links:\n  2:\n    - { title: Film om styrkedjan, url: https://example.org/film }"),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.round.links).toEqual({
      "2": [{ title: "Film om styrkedjan", url: "https://example.org/film" }],
    });
  });

  it("refuses a link that is not a web link, and a step that does not exist", () => {
    const bad = errorsOf(withLinks("links:\n  2:\n    - { title: Mall, url: 'javascript:alert(1)' }"));
    expect(bad.map((e) => e.path)).toEqual(["links.2[0].url"]);
    expect(bad[0]?.message).toMatch(/https:\/\//);
    const step = errorsOf(withLinks("links:\n  9:\n    - { title: Mall, url: https://example.org/m }"));
    expect(step.map((e) => e.path)).toContain("links.9");
  });
});
