// Reads a submitted form's flat values field by field, collecting one error per field. Anything a
// platform could send that is not what the field expects (objects, arrays, `{"$gt": ""}`) is an error.
import type { Messages } from "../messages.ts";

export const MAX_TEXT = 2_000;

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

  private raw(id: string): string | undefined | null {
    const value = this.values[id];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "boolean") return String(value);
    if (typeof value !== "string") {
      this.errors[id] = this.say.notPlainText;
      return null;
    }
    return value.trim() === "" ? undefined : value;
  }

  text(id: string, required = false, max = MAX_TEXT): string | undefined {
    const value = this.raw(id);
    if (value === null) return undefined;
    if (value === undefined) {
      if (required) this.errors[id] = this.say.fieldRequired;
      return undefined;
    }
    if (value.length > max) {
      this.errors[id] = this.say.tooLong(max);
      return undefined;
    }
    return value.trim();
  }

  integer(id: string, min: number, max: number, error: string, required = true): number | undefined {
    const value = this.raw(id);
    if (value === null) return undefined;
    if (value === undefined) {
      if (required) this.errors[id] = this.say.fieldRequired;
      return undefined;
    }
    const n = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.errors[id] = error;
      return undefined;
    }
    return n;
  }

  choice<T extends string>(id: string, allowed: readonly T[], error: string, required = true): T | undefined {
    const value = this.raw(id);
    if (value === null) return undefined;
    if (value === undefined) {
      if (required) this.errors[id] = this.say.fieldRequired;
      return undefined;
    }
    const found = allowed.find((a) => a === value.trim());
    if (!found) this.errors[id] = error;
    return found;
  }

  /** Multi-choice: Slack sends an array, Adaptive Cards a comma-separated string. */
  choices(id: string, allowed: readonly string[], error: string): string[] {
    const value = this.values[id];
    if (value === undefined || value === null || value === "") return [];
    const list = typeof value === "string" ? value.split(",") : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== "string")) {
      this.errors[id] = this.say.notPlainText;
      return [];
    }
    const picked = list.map((v: string) => v.trim()).filter((v) => v !== "");
    if (picked.some((v) => !allowed.includes(v))) {
      this.errors[id] = error;
      return [];
    }
    return [...new Set(picked)];
  }

  /** Toggles: "true"/"false" (Adaptive), a non-empty checkbox list (Slack), or a boolean. */
  flag(id: string): boolean {
    const value = this.values[id];
    if (value === undefined || value === null || value === "" || value === false || value === "false")
      return false;
    if (value === true || value === "true") return true;
    if (Array.isArray(value)) return value.length > 0;
    this.errors[id] = this.say.notPlainText;
    return false;
  }
}
