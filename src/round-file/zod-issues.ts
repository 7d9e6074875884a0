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

const TYPE_NAMES_SV: Readonly<Record<string, string>> = {
  string: "text",
  number: "ett tal",
  boolean: "true eller false",
  array: 'en lista (rader som börjar med "- ")',
  object: 'en mappning (rader "nyckel: värde")',
};

function describeSv(value: unknown): string {
  if (value === null) return "tomt";
  if (Array.isArray(value)) return "en lista";
  if (typeof value === "object") return "en mappning";
  return `${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`;
}

/** The schema's own hints (round-file-schema.ts), in Swedish. */
const SCHEMA_HINTS_SV: Readonly<Record<string, string>> = {
  "use lower-case letters a–z, digits and dashes (e.g. ornskoldsvik)":
    "använd små bokstäver a–z, siffror och bindestreck (t.ex. ornskoldsvik)",
  "must be a real date written YYYY-MM-DD, e.g. 2027-03-22":
    "måste vara ett riktigt datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2027-03-22",
  "must be an e-mail address, e.g. anna.lind@kalmar.example":
    "måste vara en e-postadress, t.ex. anna.lind@kalmar.example",
  "a Slack workspace id starts with T, e.g. T04ABCDE12":
    "ett Slack-arbetsyte-id börjar med T, t.ex. T04ABCDE12",
  "a Slack channel id starts with C, e.g. C05ABCDE123": "ett Slack-kanal-id börjar med C, t.ex. C05ABCDE123",
  "the Teams tenant id is a GUID, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47":
    "Teams-klientens id är ett GUID, t.ex. 72f988bf-86f1-41af-91ab-2d7cd011db47",
  "a Teams conversation id looks like 19:…@thread.tacv2":
    "ett Teams-konversations-id ser ut som 19:…@thread.tacv2",
  "unknown time zone: use an IANA name such as Europe/Stockholm":
    "okänd tidszon: använd ett IANA-namn som Europe/Stockholm",
};

interface Text {
  en: string;
  sv?: string | undefined;
}

function otherMessage(issue: z.core.$ZodIssue): Text {
  const params = "params" in issue ? (issue.params as { sv?: unknown } | undefined) : undefined;
  const sv = typeof params?.sv === "string" ? params.sv : SCHEMA_HINTS_SV[issue.message];
  return { en: issue.message, sv };
}

function issueMessage(issue: z.core.$ZodIssue): Text {
  const last = issue.path.at(-1);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) {
        return typeof last === "string"
          ? { en: `is missing: add "${last}:" here`, sv: `saknas: lägg till "${last}:" här` }
          : { en: "is missing", sv: "saknas" };
      }
      return {
        en: `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`,
        sv: `ska vara ${TYPE_NAMES_SV[issue.expected] ?? issue.expected}, inte ${describeSv(issue.input)}`,
      };
    case "invalid_value": {
      const allowed = issue.values.map(String).join(", ");
      return {
        en: `${JSON.stringify(issue.input)} is not allowed: use one of ${allowed}`,
        sv: `${JSON.stringify(issue.input)} är inte tillåtet: använd något av ${allowed}`,
      };
    }
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        const options = issue.options.map(String).join(", ");
        return { en: `must be one of ${options}`, sv: `måste vara något av ${options}` };
      }
      return otherMessage(issue);
    case "too_small":
      if (issue.origin === "array")
        return {
          en: `needs at least ${issue.minimum}: add more items`,
          sv: `behöver minst ${issue.minimum}: lägg till fler`,
        };
      if (issue.origin === "string") return { en: "must not be empty", sv: "får inte vara tomt" };
      return otherMessage(issue);
    case "too_big":
      if (issue.origin === "string")
        return {
          en: `is too long: at most ${issue.maximum} characters`,
          sv: `är för långt: högst ${issue.maximum} tecken`,
        };
      if (issue.origin === "array")
        return {
          en: `has too many items: at most ${issue.maximum}`,
          sv: `har för många poster: högst ${issue.maximum}`,
        };
      return otherMessage(issue);
    default:
      return otherMessage(issue);
  }
}

export function issueToErrors(source: YamlSource, issue: z.core.$ZodIssue): RoundFileError[] {
  const path = issue.path as PathSegment[];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      errorAt(
        source,
        [...path, key],
        `unknown field "${key}": remove it or correct its spelling`,
        `okänt fält "${key}": ta bort det eller rätta stavningen`,
      ),
    );
  }
  const text = issueMessage(issue);
  return [errorAt(source, path, text.en, text.sv)];
}
