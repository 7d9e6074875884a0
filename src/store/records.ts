// Zod schemas for documents read back from a store (either implementation) into domain types.
// Objects are loose: a field added to a domain type later survives a save and a read unchanged.
import { z } from "zod";
import type { AssessmentVersion } from "../domain/assessment.ts";
import type { PdsaVersion } from "../domain/pdsa.ts";
import { PDSA_SUB_STEPS } from "../domain/pdsa.ts";
import type { Round } from "../domain/round.ts";
import {
  type AccountBinding,
  AUDIT_ACTIONS,
  type AuditEntry,
  type Binding,
  type ConversationReferenceRecord,
  type DashboardRevocation,
  OUTBOX_FAILURE_CLASSES,
  type OutboxEntry,
  type PresentationMark,
  type SlackInstallation,
  type StatisticsVersion,
  type StepOverride,
  StoreError,
} from "./port.ts";

const text = z.string();
const optionalText = z.string().optional();
const platform = z.enum(["teams", "slack"]);
const locale = z.enum(["sv", "en"]);
const benchmarkingMeeting = z.enum(["benchmarking-1", "benchmarking-2", "benchmarking-3"]);

const organisation = z.looseObject({
  id: text,
  name: text,
  kind: z.enum(["municipality", "region", "county-council"]),
  people: z.array(
    z.looseObject({
      name: text,
      email: text,
      role: z.enum(["elected-official", "administrator", "key-person"]),
    }),
  ),
  home: z.looseObject({ platform, workspace: text, channel: text }).optional(),
  language: locale.optional(),
});

const cluster = z.looseObject({
  id: text,
  name: text,
  mentor: text,
  organisations: z.array(text),
  meetings: z.array(z.looseObject({ id: benchmarkingMeeting, date: text, host: text })),
});

export const roundRecord: z.ZodType<Round> = z.looseObject({
  id: text,
  name: text,
  language: locale,
  timeZone: text,
  checklist: text,
  checklists: z.array(text).optional(),
  links: z.record(text, z.array(z.looseObject({ title: text, url: text }))).optional(),
  startUp: text,
  resultsConference: text,
  projectManagers: z.array(z.looseObject({ name: text, email: text })),
  organisations: z.array(organisation),
  clusters: z.array(cluster),
  showNamesInResults: z.boolean(),
});

export const bindingRecord: z.ZodType<Binding> = z.looseObject({
  platform,
  workspace: text,
  channel: text,
  roundId: text,
  organisationId: text,
  conversationReference: z.unknown().optional(),
  boundBy: optionalText,
  boundAt: text,
  broken: z.looseObject({ reason: text, at: text }).optional(),
});

export const conversationReferenceRecord: z.ZodType<ConversationReferenceRecord> = z.looseObject({
  platform,
  workspace: text,
  channel: text,
  // Opaque to the store, but it must be there: a record without a reference is useless.
  reference: z.unknown().refine((value) => value !== undefined && value !== null, "reference is missing"),
  savedAt: text,
});

const version = z.number().int().positive();

export const assessmentRecord: z.ZodType<AssessmentVersion> = z.looseObject({
  roundId: text,
  organisationId: text,
  assessmentRound: z.enum([
    "baseline",
    "before-benchmarking-2",
    "before-benchmarking-3",
    "before-results-conference",
  ]),
  checklist: optionalText,
  answers: z.record(text, z.looseObject({ score: z.number(), comment: optionalText })),
  submittedBy: text,
  submittedAt: text,
  idempotencyKey: text,
  version,
});

export const pdsaRecord: z.ZodType<PdsaVersion> = z.looseObject({
  roundId: text,
  organisationId: text,
  submittedBy: text,
  submittedAt: text,
  idempotencyKey: text,
  version,
  area: text,
  points: z.array(text),
  cycle: z.number().int(),
  phase: z.enum(["plan", "do", "study", "act"]),
  subSteps: z.array(z.enum(PDSA_SUB_STEPS)).optional(),
  startedOn: optionalText,
  endedOn: optionalText,
  aim: optionalText,
  prediction: optionalText,
  measure: optionalText,
  planWho: optionalText,
  doneWhat: optionalText,
  surprises: optionalText,
  result: optionalText,
  learned: optionalText,
  decision: z.enum(["adopt", "adapt", "abandon"]).optional(),
  nextCycle: optionalText,
});

export const presentationRecord: z.ZodType<PresentationMark> = z.looseObject({
  roundId: text,
  organisationId: text,
  meeting: z.enum(["start-up", ...benchmarkingMeeting.options]),
  link: text,
  markedBy: text,
  markedAt: text,
  firstMarkedAt: text.optional(),
  idempotencyKey: text,
});

export const statisticsRecord: z.ZodType<StatisticsVersion> = z.looseObject({
  roundId: text,
  organisationId: text,
  reported: z.number(),
  bySex: z.number(),
  routines: z.looseObject({ budget: z.boolean(), followUp: z.boolean(), decisions: z.boolean() }),
  submittedBy: text,
  submittedAt: text,
  idempotencyKey: text,
  version,
});

export const accountBindingRecord: z.ZodType<AccountBinding> = z.looseObject({
  platform,
  workspace: text,
  userId: text,
  email: text,
  boundAt: text,
});

export const auditRecord: z.ZodType<AuditEntry> = z.looseObject({
  roundId: text,
  at: text,
  action: z.enum(AUDIT_ACTIONS),
  who: z.looseObject({ platform: text, workspace: text, userId: text, email: optionalText }),
  organisationId: optionalText,
  clusterId: optionalText,
  what: text,
  notified: z.boolean().optional(),
});

export const dashboardRevocationRecord: z.ZodType<DashboardRevocation> = z.looseObject({
  email: optionalText,
  revokedAt: text,
  revokedBy: text,
});

export const stepOverrideRecord: z.ZodType<StepOverride> = z.looseObject({
  roundId: text,
  clusterId: text,
  step: z.number().int(),
  setBy: text,
  setAt: text,
});

export const outboxRecord: z.ZodType<OutboxEntry> = z.looseObject({
  key: text,
  roundId: text,
  organisationId: text,
  meeting: text,
  kind: text,
  claimedBy: text,
  claimedAt: text,
  state: z.enum(["claimed", "sent", "failed"]),
  messageId: optionalText,
  failure: z
    .object({ class: z.enum(OUTBOX_FAILURE_CLASSES), attempts: z.number().int().min(0), error: text })
    .optional(),
  updatedAt: text,
});

/** What the Slack adapter's sealing produces; anything else would be a token in clear. */
export const SEALED_PREFIX = "sealed:v1:";
const sealed = z.string().startsWith(SEALED_PREFIX, "a token must be sealed before it is stored");

export const slackInstallationRecord: z.ZodType<SlackInstallation> = z.looseObject({
  id: text,
  isEnterpriseInstall: z.boolean(),
  teamId: optionalText,
  enterpriseId: optionalText,
  teamName: optionalText,
  enterpriseName: optionalText,
  teams: z.array(text).optional(),
  appId: optionalText,
  botId: text,
  botUserId: text,
  scopes: z.array(text),
  botToken: sealed,
  botRefreshToken: sealed.optional(),
  botTokenExpiresAt: optionalText,
  installedBy: text,
  installedAt: text,
  updatedAt: text,
});

/** Stable JSON: keys sorted, undefined dropped; equal documents give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) sorted[key] = sortKeys(field);
  }
  return sorted;
}

/** Where an invalid document was found, for the operator: the table or collection and its key. */
export type InvalidRecordSink = (description: string) => void;

export const warnInvalidRecord: InvalidRecordSink = (description) => {
  console.warn(`modellbot store: skipped an invalid record (ogiltig post hoppades över): ${description}`);
};

/** Parses a document read back from a store; an invalid one is reported and skipped, never thrown. */
export function readRecord<T>(
  schema: z.ZodType<T>,
  document: unknown,
  where: { table: string; key: string },
  report: InvalidRecordSink,
): T | undefined {
  const parsed = schema.safeParse(document);
  if (parsed.success) return parsed.data;
  report(`${where.table} ${where.key}: ${summarise(parsed.error)}`);
  return undefined;
}

/** Parses stored JSON text; text that is not JSON is reported like any other invalid record. */
export function readJsonRecord<T>(
  schema: z.ZodType<T>,
  json: string,
  where: { table: string; key: string },
  report: InvalidRecordSink,
): T | undefined {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    report(`${where.table} ${where.key}: not JSON (${(error as Error).message})`);
    return undefined;
  }
  return readRecord(schema, document, where, report);
}

/** Checks a document before it is written, so that nothing unreadable is ever stored. */
export function checkRecord<T>(schema: z.ZodType<T>, document: unknown, table: string): T {
  const parsed = schema.safeParse(document);
  if (parsed.success) return parsed.data;
  throw new StoreError(
    "store_invalid_record",
    `Refused to write an invalid ${table} record: ${summarise(parsed.error)}`,
    { cause: parsed.error },
  );
}

function summarise(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`)
    .join("; ");
}
