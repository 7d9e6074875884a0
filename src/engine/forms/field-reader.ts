// Reads a submitted form's flat values field by field with zod, collecting one error per field in the
// user's language. Anything a platform could send that is not what the field expects (objects, arrays,
// `{"$gt": ""}`, numbers off the scale) is an error on that field; nothing is coerced silently.
import { z } from "zod";
import type { Messages } from "../messages.ts";

export const MAX_TEXT = 2_000;

/** A single value as platforms send it: Slack and Adaptive Cards send strings, a few send numbers or booleans. */
const scalar = z.union([z.string(), z.number().finite(), z.boolean()]).transform((v) => String(v));
const blank = z.union([z.undefined(), z.null(), z.string().trim().length(0)]);
/** Multi-choice: Slack sends a list, Adaptive Cards a comma-separated string. */
const list = z.union([z.string().transform((v) => v.split(",")), z.array(z.string())]);
const wholeNumber = z
  .string()
  .trim()
  .regex(/^-?\d+$/)
  .transform(Number)
  .pipe(z.number().int());
const trimmed = z.string().transform((v) => v.trim());
const flag = z.union([
  z.boolean(),
  z.enum(["true", "false", ""]).transform((v) => v === "true"),
  z.array(z.string()).transform((v) => v.length > 0),
  z.undefined().transform(() => false),
  z.null().transform(() => false),
]);

export class FieldReader {
  readonly errors: Record<string, string> = {};

  constructor(
    private readonly values: Readonly<Record<string, unknown>>,
    private readonly say: Messages,
  ) {}

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** Ids the form sent that the reader never asked about: a forged or out-of-date form. */
  unknownFields(known: Iterable<string>): string[] {
    const expected = new Set(known);
    return Object.keys(this.values).filter((id) => !expected.has(id));
  }

  /** The field's value as text; undefined when blank (required → error); an error when not a scalar. */
  private present(id: string, required: boolean): string | undefined {
    const value = this.values[id];
    if (blank.safeParse(value).success) {
      if (required) this.errors[id] = this.say.fieldRequired;
      return undefined;
    }
    const parsed = scalar.safeParse(value);
    if (!parsed.success) this.errors[id] = this.say.notPlainText;
    return parsed.success ? parsed.data : undefined;
  }

  private check<T>(
    id: string,
    value: string | undefined,
    schema: z.ZodType<T>,
    error: string,
  ): T | undefined {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) this.errors[id] = error;
    return parsed.success ? parsed.data : undefined;
  }

  // The schemas are built once (above): building zod schemas per field and request would cost more than
  // the checks themselves. The bounds that differ per field are checked on the parsed value.
  text(id: string, required = false, max = MAX_TEXT): string | undefined {
    const value = this.check(id, this.present(id, required), trimmed, this.say.notPlainText);
    if (value !== undefined && value.length > max) {
      this.errors[id] = this.say.tooLong(max);
      return undefined;
    }
    return value;
  }

  integer(id: string, min: number, max: number, error: string, required = true): number | undefined {
    const value = this.check(id, this.present(id, required), wholeNumber, error);
    if (value !== undefined && (value < min || value > max)) {
      this.errors[id] = error;
      return undefined;
    }
    return value;
  }

  choice<T extends string>(id: string, allowed: readonly T[], error: string, required = true): T | undefined {
    const value = this.check(id, this.present(id, required), trimmed, error);
    if (value === undefined) return undefined;
    const found = allowed.find((a) => a === value);
    if (!found) this.errors[id] = error;
    return found;
  }

  choices(id: string, allowed: readonly string[], error: string): string[] {
    const value = this.values[id];
    if (blank.safeParse(value).success) return [];
    const parsed = list.safeParse(value);
    if (!parsed.success) {
      this.errors[id] = this.say.notPlainText;
      return [];
    }
    const picked = parsed.data.map((v) => v.trim()).filter((v) => v !== "");
    if (picked.some((v) => !allowed.includes(v))) {
      this.errors[id] = error;
      return [];
    }
    return [...new Set(picked)];
  }

  /** Toggles: "true"/"false" (Adaptive Cards), a non-empty checkbox list (Slack), or a boolean. */
  flag(id: string): boolean {
    const parsed = flag.safeParse(this.values[id]);
    if (!parsed.success) this.errors[id] = this.say.notPlainText;
    return parsed.success ? parsed.data : false;
  }
}
