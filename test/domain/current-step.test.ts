import { describe, expect, it } from "vitest";
import { currentStep, explainStep } from "../../src/domain/calendar.ts";
import { firstCluster, testRound } from "../fixtures/round-builder.ts";

// Start-up Wed 3 Feb, meetings 14 Apr, 9 Jun, 6 Oct, conference Thu 9 Dec 2027 (Stockholm: +01:00
// in winter, +02:00 from 28 March to 31 October).
const round = testRound({
  startUp: "2027-02-03",
  conference: "2027-12-09",
  clusters: [{ b1: "2027-04-14", b2: "2027-06-09", b3: "2027-10-06" }],
});
const cluster = firstCluster(round);
const at = (iso: string) => new Date(iso);
const stepAt = (iso: string) => currentStep(round, cluster, at(iso)).step;

describe("a cluster's current step from its calendar", () => {
  it("is step 1 until the end of the start-up day, local time", () => {
    expect(stepAt("2026-12-01T12:00:00+01:00")).toBe(1);
    expect(stepAt("2027-02-03T23:59:59+01:00")).toBe(1);
    expect(stepAt("2027-02-04T00:00:00+01:00")).toBe(2);
  });

  it("is step 2 until benchmarking meeting 1 has passed, then step 3 at home", () => {
    expect(stepAt("2027-04-14T23:59:59+02:00")).toBe(2);
    expect(stepAt("2027-04-15T00:00:00+02:00")).toBe(3);
    // Local midnight, not UTC midnight: 22:30 UTC on the meeting day is already the next day here.
    expect(stepAt("2027-04-14T22:30:00Z")).toBe(3);
  });

  it("enters step 4 when the two-week run-up to meeting 2 begins", () => {
    expect(stepAt("2027-05-25T23:59:59+02:00")).toBe(3);
    expect(stepAt("2027-05-26T00:00:00+02:00")).toBe(4);
    expect(stepAt("2027-06-09T23:59:59+02:00")).toBe(4);
    expect(stepAt("2027-06-10T00:00:00+02:00")).toBe(5);
  });

  it("enters step 6 two weeks before meeting 3 and step 7 when it has passed", () => {
    expect(stepAt("2027-09-21T23:59:59+02:00")).toBe(5);
    expect(stepAt("2027-09-22T00:00:00+02:00")).toBe(6);
    expect(stepAt("2027-10-06T23:59:59+02:00")).toBe(6);
    expect(stepAt("2027-10-07T00:00:00+02:00")).toBe(7);
  });

  it("enters step 8 two weeks before the conference and marks the round concluded after it", () => {
    expect(stepAt("2027-11-24T23:59:59+01:00")).toBe(7);
    expect(currentStep(round, cluster, at("2027-11-25T00:00:00+01:00"))).toEqual({
      step: 8,
      concluded: false,
      source: "calendar",
    });
    expect(currentStep(round, cluster, at("2027-12-09T23:59:59+01:00")).concluded).toBe(false);
    expect(currentStep(round, cluster, at("2027-12-10T00:00:00+01:00"))).toEqual({
      step: 8,
      concluded: true,
      source: "calendar",
    });
  });
});

describe("a manual step override", () => {
  const override = { step: 4, setAt: "2027-05-10T10:00:00+02:00" }; // set in calendar step 3

  it("holds while the calendar is still in the step it was in when the override was set", () => {
    expect(currentStep(round, cluster, at("2027-05-20T10:00:00+02:00"), override)).toEqual({
      step: 4,
      concluded: false,
      source: "override",
    });
  });

  it("gives way once the calendar moves on", () => {
    const explained = explainStep(round, cluster, at("2027-06-10T00:00:00+02:00"), override);
    expect(explained.step).toBe(5);
    expect(explained.source).toBe("calendar");
    expect(explained.overrideExpired).toBe(true);
  });

  it("can also set a cluster back, until the calendar moves on", () => {
    const back = { step: 2, setAt: "2027-04-20T10:00:00+02:00" };
    expect(currentStep(round, cluster, at("2027-05-25T10:00:00+02:00"), back).step).toBe(2);
    expect(currentStep(round, cluster, at("2027-05-26T00:00:00+02:00"), back).step).toBe(4);
  });

  it("is ignored when the step is not one of 1 to 8", () => {
    const odd = { step: 9, setAt: "2027-05-10T10:00:00+02:00" };
    expect(currentStep(round, cluster, at("2027-05-20T10:00:00+02:00"), odd)).toMatchObject({
      step: 3,
      source: "calendar",
    });
  });
});

describe("explaining the step", () => {
  it("names the change that started the step and the next one", () => {
    const explained = explainStep(round, cluster, at("2027-05-01T12:00:00+02:00"));
    expect(explained.calendarStep).toBe(3);
    expect(explained.previousChange).toMatchObject({
      step: 3,
      meeting: "benchmarking-1",
      reason: "meeting-passed",
    });
    expect(explained.nextChange).toEqual({
      step: 4,
      at: "2027-05-26T00:00:00.000+02:00",
      meeting: "benchmarking-2",
      date: "2027-06-09",
      reason: "preparation-opens",
    });
  });

  it("has no next change in step 8 and no previous one in step 1", () => {
    expect(explainStep(round, cluster, at("2027-12-20T12:00:00+01:00")).nextChange).toBeUndefined();
    expect(explainStep(round, cluster, at("2027-01-20T12:00:00+01:00")).previousChange).toBeUndefined();
  });
});
