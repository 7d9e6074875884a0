import { describe, expect, it } from "vitest";
import { readiness, shift, total } from "../src/domain/assessment.ts";
import type { Checklist } from "../src/domain/checklist.ts";

function checklist(points: number, min: number, max: number): Checklist {
  return {
    id: `test-${points}-${min}-${max}`,
    title: { sv: "Test", en: "Test" },
    scale: {
      min,
      max,
      labels: Array.from({ length: max - min + 1 }, (_, i) => ({ sv: `n${i}`, en: `l${i}` })),
    },
    points: Array.from({ length: points }, (_, i) => ({
      id: `p${i + 1}`,
      title: { sv: `P${i}`, en: `P${i}` },
    })),
  };
}

function answers(scores: number[]) {
  return Object.fromEntries(scores.map((score, i) => [`p${i + 1}`, { score }]));
}

describe("readiness to be a model organisation", () => {
  const ten = checklist(10, 1, 3);
  it("is reached with no minimum score and six of ten at the top", () => {
    expect(readiness(ten, answers([3, 3, 3, 3, 3, 3, 2, 2, 2, 2])).ready).toBe(true);
  });
  it("is not reached with exactly half at the top", () => {
    const r = readiness(ten, answers([3, 3, 3, 3, 3, 2, 2, 2, 2, 2]));
    expect(r.ready).toBe(false);
    expect(r.maximumNeeded).toBe(6);
  });
  it("fails on a single minimum score", () => {
    expect(readiness(ten, answers([3, 3, 3, 3, 3, 3, 3, 3, 3, 1])).ready).toBe(false);
  });
  it("works for 13 points on a 1-4 scale", () => {
    const thirteen = checklist(13, 1, 4);
    expect(readiness(thirteen, answers([4, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 3])).ready).toBe(true);
    expect(readiness(thirteen, answers([4, 4, 4, 4, 4, 4, 3, 2, 2, 2, 2, 2, 3])).ready).toBe(false);
  });
  it("is never reached with a point unanswered", () => {
    expect(readiness(ten, answers([3, 3, 3, 3, 3, 3, 3, 3, 3])).ready).toBe(false);
  });
});

describe("shift between rounds", () => {
  it("counts per point and in total", () => {
    const s = shift(answers([1, 2, 2]), answers([2, 2, 3]));
    expect(s.perPoint).toEqual({ p1: 1, p2: 0, p3: 1 });
    expect(s.total).toBe(2);
    expect(total(answers([2, 2, 3]))).toBe(7);
  });
  it("leaves out a point missing in one round", () => {
    const s = shift(answers([1, 2]), answers([3, 3, 3]));
    expect(s.perPoint).toEqual({ p1: 2, p2: 1 });
    expect(s.total).toBe(3);
  });
});
