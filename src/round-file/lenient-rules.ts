// The rules across fields, run on a round file that failed its schema: each group of rules runs on the
// parts of the file it reads, as soon as those parts have the shape it needs, so that one run of
// `validate` reports the schema errors and the rule errors together.
import { z } from "zod";
import type { Checklist } from "../domain/checklist.ts";
import { isIsoDate } from "../domain/local-date.ts";
import { checklistRule } from "./checklist-rule.ts";
import { clusterRules } from "./cluster-rules.ts";
import { dateRules } from "./date-rules.ts";
import { organisationRules } from "./organisation-rules.ts";
import type { RoundFile } from "./round-file-schema.ts";
import type { RuleProblem } from "./rule-problem.ts";

const date = z.string().refine(isIsoDate);
const home = z.looseObject({ platform: z.string(), workspace: z.string(), channel: z.string() });
const organisations = z.array(
  z.looseObject({
    id: z.string(),
    people: z.array(z.looseObject({ email: z.string(), role: z.string() })),
    home: home.optional(),
  }),
);
const meeting = (dated: z.ZodType<string>) => z.looseObject({ date: dated, host: z.string() });
const clusters = (dated: z.ZodType<string>) =>
  z.array(
    z.looseObject({
      id: z.string(),
      mentor: z.string(),
      organisations: z.array(z.string()),
      meetings: z.looseObject({
        "benchmarking-1": meeting(dated),
        "benchmarking-2": meeting(dated),
        "benchmarking-3": meeting(dated),
      }),
    }),
  );

function part<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * The rules read only these fields of a RoundFile (see the rule files): each is called with a file whose
 * other fields are absent, which is why the casts below are safe.
 */
export function lenientRuleProblems(raw: unknown, checklists: ReadonlyMap<string, Checklist>): RuleProblem[] {
  const data = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems: RuleProblem[] = [];
  const named = part(
    z.looseObject({ checklist: z.string().min(1).optional(), checklists: z.array(z.string()).optional() }),
    data,
  );
  if (named) problems.push(...checklistRule(named, checklists));
  const orgs = part(organisations, data.organisations);
  if (orgs) problems.push(...organisationRules({ organisations: orgs } as unknown as RoundFile));
  const loose = part(clusters(z.string()), data.clusters);
  if (orgs && loose) {
    problems.push(...clusterRules({ organisations: orgs, clusters: loose } as unknown as RoundFile));
  }
  const dated = part(clusters(date), data.clusters);
  const startUp = part(date, data.startUp);
  const resultsConference = part(date, data.resultsConference);
  if (dated && startUp && resultsConference) {
    problems.push(...dateRules({ startUp, resultsConference, clusters: dated } as unknown as RoundFile));
  }
  return problems;
}
