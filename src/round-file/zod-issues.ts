// Turns zod's issues into messages that say what is wrong and how to fix it, at the right line.
import type { z } from "zod";
import type { PathSegment, RoundFileError } from "./errors.ts";
import { errorAt, type YamlSource } from "./yaml-source.ts";

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: 'a list (lines starting with "- ")',
  object: 'a mapping ("key: value" lines)',
};

function describe(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) {
        return typeof last === "string" ? `is missing: add "${last}:" here` : "is missing";
      }
      return `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case "invalid_value":
      return `${JSON.stringify(issue.input)} is not allowed: use one of ${issue.values.map(String).join(", ")}`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options))
        return `must be one of ${issue.options.map(String).join(", ")}`;
      return issue.message;
    case "too_small":
      if (issue.origin === "array") return `needs at least ${issue.minimum}: add more items`;
      if (issue.origin === "string") return "must not be empty";
      return issue.message;
    default:
      return issue.message;
  }
}

export function issueToErrors(source: YamlSource, issue: z.core.$ZodIssue): RoundFileError[] {
  const path = issue.path as PathSegment[];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      errorAt(source, [...path, key], `unknown field "${key}": remove it or correct its spelling`),
    );
  }
  return [errorAt(source, path, issueMessage(issue))];
}
