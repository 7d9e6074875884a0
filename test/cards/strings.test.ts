// Both catalogues say something for every key; the steps and their guidance cover all eight steps.
import { describe, expect, it } from "vitest";
import { strings } from "../../cards/strings.ts";

function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe("strings", () => {
  it("has the same keys in Swedish and English, none empty, and the languages differ", () => {
    const sv = leaves(strings("sv"));
    const en = leaves(strings("en"));
    expect(sv.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, value] of [...sv, ...en])
      if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    const differing = sv.filter(([k, v], i) => typeof v === "string" && v !== en[i]?.[1] && k !== "none");
    expect(differing.length).toBeGreaterThan(sv.length / 2);
  });

  it("names all eight steps and says what each asks", () => {
    for (const locale of ["sv", "en"] as const) {
      const t = strings(locale);
      expect(t.steps).toHaveLength(8);
      expect(t.guide.asksPerStep).toHaveLength(8);
      for (const asks of t.guide.asksPerStep) expect(asks.length).toBeGreaterThan(1);
    }
  });
});
