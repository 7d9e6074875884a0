// Reads a submitted form's flat values field by field, collecting one error per field in the user's
// language. Anything a platform could send that is not what the field expects (objects, arrays,
// `{"$gt": ""}`, numbers off the scale) is an error on that field; nothing is coerced silently.
// The checks are plain predicates, not zod: a form has a few dozen fields, most of them not blank, and a
// failed zod parse (the "is it blank?" question for every filled-in field) builds an error object with a
// stack trace: that was a fifth of all a submission allocated (issue #9).
import type { Messages } from "../messages.ts";

export const MAX_TEXT = 2_000;

const WHOLE_NUMBER = /^-?\d+$/;

/** Absent, null, or only whitespace. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** A single value as platforms send it: Slack and Adaptive Cards send strings, a few send numbers or booleans. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean")
    return String(value);
  return undefined;
}

/** Multi-choice: Slack sends a list, Adaptive Cards a comma-separated string. */
function listOf(value: unknown): string[] | undefined {
  if (typeof value === "string") return value.split(",");
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  return undefined;
}

/** Toggles: "true"/"false"/"" (Adaptive Cards), a checkbox list (Slack), a boolean, or nothing. */
function flagOf(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === undefined || value === null || value === "" || value === "false") return false;
  if (value === "true") return true;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.length > 0;
  return undefined;
}

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
  unknownFields(known: ReadonlySet<string> | Iterable<string>): string[] {
    const expected = known instanceof Set ? (known as ReadonlySet<string>) : new Set(known);
    return Object.keys(this.values).filter((id) => !expected.has(id));
  }

  /** The field's value as text; undefined when blank (required → error); an error when not a scalar. */
  private present(id: string, required: boolean): string | undefined {
    const value = this.values[id];
    if (isBlank(value)) {
      if (required) this.errors[id] = this.say.fieldRequired;
      return undefined;
    }
    const text = scalarText(value);
    if (text === undefined) this.errors[id] = this.say.notPlainText;
    return text;
  }

  text(id: string, required = false, max = MAX_TEXT): string | undefined {
    const value = this.present(id, required)?.trim();
    if (value !== undefined && value.length > max) {
      this.errors[id] = this.say.tooLong(max);
      return undefined;
    }
    return value;
  }

  integer(id: string, min: number, max: number, error: string, required = true): number | undefined {
    const text = this.present(id, required)?.trim();
    if (text === undefined) return undefined;
    const value = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
    // Beyond the safe integers a number is not what was written; no scale reaches that far anyway.
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      this.errors[id] = error;
      return undefined;
    }
    return value;
  }

  choice<T extends string>(id: string, allowed: readonly T[], error: string, required = true): T | undefined {
    const value = this.present(id, required)?.trim();
    if (value === undefined) return undefined;
    const found = allowed.find((a) => a === value);
    if (!found) this.errors[id] = error;
    return found;
  }

  choices(id: string, allowed: readonly string[], error: string): string[] {
    const value = this.values[id];
    if (isBlank(value)) return [];
    const list = listOf(value);
    if (!list) {
      this.errors[id] = this.say.notPlainText;
      return [];
    }
    const picked = list.map((v) => v.trim()).filter((v) => v !== "");
    if (picked.some((v) => !allowed.includes(v))) {
      this.errors[id] = error;
      return [];
    }
    return [...new Set(picked)];
  }

  /** Toggles: "true"/"false" (Adaptive Cards), a non-empty checkbox list (Slack), or a boolean. */
  flag(id: string): boolean {
    const value = flagOf(this.values[id]);
    if (value === undefined) this.errors[id] = this.say.notPlainText;
    return value ?? false;
  }
}
