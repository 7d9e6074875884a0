// Turns zod's issues into messages that say what is wrong and how to fix it, at the right line.
import type { z } from "zod";
import type { PathSegment, RoundFileError } from "./errors.ts";
import { hintInSwedish, inBoth, type RoundFileStrings, type TypeName } from "./round-file-strings.ts";
import { errorAt, type YamlSource } from "./yaml-source.ts";

type Text = { message: string; sv?: string | undefined };

function typeName(t: RoundFileStrings, expected: string): string {
  return expected in t.typeNames ? t.typeNames[expected as TypeName] : expected;
}

function describe(t: RoundFileStrings, value: unknown): string {
  if (value === null) return t.empty;
  if (Array.isArray(value)) return t.aList;
  if (typeof value === "object") return t.aMapping;
  return `${typeof value === "string" ? t.typeNames.string : typeof value} ${JSON.stringify(value)}`;
}

/** Zod's own message, with the schema's Swedish (a hint of round-file-strings.ts, or one given in `params`). */
function otherMessage(issue: z.core.$ZodIssue): Text {
  const params = "params" in issue ? (issue.params as { sv?: unknown } | undefined) : undefined;
  const sv = typeof params?.sv === "string" ? params.sv : hintInSwedish(issue.message);
  return { message: issue.message, sv };
}

function issueMessage(issue: z.core.$ZodIssue): Text {
  const last = issue.path.at(-1);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return typeof last === "string" ? inBoth((t) => t.fieldMissing(last)) : inBoth((t) => t.missing);
      return inBoth((t) => t.wrongType(typeName(t, issue.expected), describe(t, issue.input)));
    case "invalid_value": {
      const allowed = issue.values.map(String).join(", ");
      return inBoth((t) => t.notAllowed(JSON.stringify(issue.input), allowed));
    }
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        const options = issue.options.map(String).join(", ");
        return inBoth((t) => t.oneOf(options));
      }
      return otherMessage(issue);
    case "too_small":
      if (issue.origin === "array") return inBoth((t) => t.atLeast(String(issue.minimum)));
      if (issue.origin === "string") return inBoth((t) => t.notEmpty);
      return otherMessage(issue);
    case "too_big":
      if (issue.origin === "string") return inBoth((t) => t.tooLong(String(issue.maximum)));
      if (issue.origin === "array") return inBoth((t) => t.tooMany(String(issue.maximum)));
      return otherMessage(issue);
    default:
      return otherMessage(issue);
  }
}

export function issueToErrors(source: YamlSource, issue: z.core.$ZodIssue): RoundFileError[] {
  const path = issue.path as PathSegment[];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const text = inBoth((t) => t.unknownField(key));
      return errorAt(source, [...path, key], text.message, text.sv);
    });
  }
  const text = issueMessage(issue);
  return [errorAt(source, path, text.message, text.sv)];
}
