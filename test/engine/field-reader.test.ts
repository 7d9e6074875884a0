// What a form field accepts and what it refuses, value by value: every shape a platform (or a forger) can
// send, so that how the reader checks them can change without changing what a user sees.
import { describe, expect, it } from "vitest";
import { FieldReader } from "../../src/engine/forms/field-reader.ts";
import { messages } from "../../src/engine/messages.ts";

const say = messages("en");

function read<T>(value: unknown, use: (r: FieldReader) => T): { value: T; error: string | undefined } {
  const reader = new FieldReader(value === "absent" ? {} : { f: value }, say);
  const result = use(reader);
  return { value: result, error: reader.errors.f };
}

describe("a text field", () => {
  const text = (v: unknown, required = false, max?: number) => read(v, (r) => r.text("f", required, max));

  it("trims what it keeps and reads numbers and booleans as text", () => {
    expect(text("  hej  ")).toEqual({ value: "hej", error: undefined });
    expect(text(12.5)).toEqual({ value: "12.5", error: undefined });
    expect(text(true)).toEqual({ value: "true", error: undefined });
  });

  it("is blank when absent, null, empty or only whitespace; an error only when required", () => {
    for (const blank of ["absent", undefined, null, "", "  \n\t "]) {
      expect(text(blank)).toEqual({ value: undefined, error: undefined });
      expect(text(blank, true)).toEqual({ value: undefined, error: say.fieldRequired });
    }
  });

  it("refuses objects, arrays and numbers that are not finite", () => {
    for (const bad of [{ $gt: "" }, ["a"], [], {}, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(text(bad)).toEqual({ value: undefined, error: say.notPlainText });
    }
  });

  it("counts the trimmed length against the limit", () => {
    expect(text(` ${"x".repeat(5)} `, false, 5)).toEqual({ value: "xxxxx", error: undefined });
    expect(text("x".repeat(6), false, 5)).toEqual({ value: undefined, error: say.tooLong(5) });
  });
});

describe("a whole-number field", () => {
  const off = "off";
  const integer = (v: unknown, required = true) => read(v, (r) => r.integer("f", -5, 100_000, off, required));

  it("reads whole numbers, signed, padded, or sent as numbers", () => {
    expect(integer("42")).toEqual({ value: 42, error: undefined });
    expect(integer(" 007 ")).toEqual({ value: 7, error: undefined });
    expect(integer("-5")).toEqual({ value: -5, error: undefined });
    expect(integer(3)).toEqual({ value: 3, error: undefined });
  });

  it("refuses anything else with the field's own message", () => {
    for (const bad of ["4.0", "1e3", "+1", "0x10", "två", "1 2", "-", 2.5, true, "100001", "-6"]) {
      expect(integer(bad), String(bad)).toEqual({ value: undefined, error: off });
    }
    expect(integer("9".repeat(30))).toEqual({ value: undefined, error: off });
  });

  it("requires a value unless told otherwise, and refuses what is not a scalar as text", () => {
    expect(integer("absent")).toEqual({ value: undefined, error: say.fieldRequired });
    expect(integer(" ", false)).toEqual({ value: undefined, error: undefined });
    expect(integer({ $gt: "" })).toEqual({ value: undefined, error: say.notPlainText });
  });
});

describe("choice fields and flags", () => {
  it("takes one allowed value, trimmed", () => {
    expect(read(" plan ", (r) => r.choice("f", ["plan", "do"], "no"))).toEqual({
      value: "plan",
      error: undefined,
    });
    expect(read("act", (r) => r.choice("f", ["plan", "do"], "no"))).toEqual({
      value: undefined,
      error: "no",
    });
    expect(read("", (r) => r.choice("f", ["plan"], "no", false))).toEqual({
      value: undefined,
      error: undefined,
    });
  });

  it("takes several allowed values as a list or comma-separated, without repeats", () => {
    const pick = (v: unknown) => read(v, (r) => r.choices("f", ["p1", "p2", "p3"], "no"));
    expect(pick("p1, p3,p1,")).toEqual({ value: ["p1", "p3"], error: undefined });
    expect(pick(["p2", " p2 "])).toEqual({ value: ["p2"], error: undefined });
    expect(pick(" ")).toEqual({ value: [], error: undefined });
    expect(pick("p1,p9")).toEqual({ value: [], error: "no" });
    expect(pick([1])).toEqual({ value: [], error: say.notPlainText });
  });

  it("reads a toggle from Adaptive Cards, Slack and plain booleans", () => {
    const flag = (v: unknown) => read(v, (r) => r.flag("f"));
    for (const on of ["true", true, ["on"]]) expect(flag(on)).toEqual({ value: true, error: undefined });
    for (const off of ["false", "", false, [], null, "absent"])
      expect(flag(off)).toEqual({ value: false, error: undefined });
    for (const bad of ["yes", 1, {}]) expect(flag(bad)).toEqual({ value: false, error: say.notPlainText });
  });
});

describe("the form as a whole", () => {
  it("names the fields nobody asked about", () => {
    const reader = new FieldReader({ a: "1", b: "2", c: "" }, say);
    expect(reader.unknownFields(["a"])).toEqual(["b", "c"]);
    expect(reader.ok).toBe(true);
    reader.text("a", false, 0);
    expect(reader.ok).toBe(false);
  });
});
