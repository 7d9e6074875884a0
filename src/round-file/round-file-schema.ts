// The shape of a round file as written by hand. Organisations are listed once; clusters refer to
// them by id. Structural rules live here; rules across fields are in checklist-rule.ts,
// organisation-rules.ts, cluster-rules.ts and date-rules.ts, warnings in round-warnings.ts and
// account-rules.ts (load-round-file.ts runs them all; lenient-rules.ts the rules, on a file this refuses).
import { IANAZone } from "luxon";
import { z } from "zod";
import { isIsoDate } from "../domain/local-date.ts";
import { LOCALES, PARTICIPANT_ROLES } from "../domain/round.ts";
import { inBoth, schemaHint } from "./round-file-strings.ts";

/**
 * Every text in a round file has a length limit: it ends up in cards (Slack: 3,000 characters a section,
 * 24 a modal title), in store keys and in logs, and a 10 MB name must be refused by name, not stored.
 */
export const ROUND_FILE_LIMITS = { id: 64, text: 200, email: 254, platformId: 128, items: 5_000 } as const;

const id = z
  .string()
  .max(ROUND_FILE_LIMITS.id)
  .regex(/^[a-z0-9][a-z0-9-]*$/, schemaHint("id"));
const text = z.string().trim().min(1).max(ROUND_FILE_LIMITS.text);
const date = z.string().max(10).refine(isIsoDate, schemaHint("date"));
const email = z.email(schemaHint("email")).max(ROUND_FILE_LIMITS.email);
const platformId = z.string().max(ROUND_FILE_LIMITS.platformId);

const slackWorkspace = platformId.regex(/^[TE][A-Z0-9]{6,}$/, schemaHint("accountWorkspace"));
const teamsTenant = platformId.regex(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  schemaHint("teamsTenant"),
);

/** A workspace or tenant, besides the organisation's home, whose word the bot takes for this person. */
const account = z.discriminatedUnion("platform", [
  z.strictObject({ platform: z.literal("slack"), workspace: slackWorkspace }),
  z.strictObject({ platform: z.literal("teams"), workspace: teamsTenant }),
]);
const accounts = z.array(account).max(10).optional();

const person = z.strictObject({ name: text, email, role: z.enum(PARTICIPANT_ROLES), accounts });

const slackHome = z.strictObject({
  platform: z.literal("slack"),
  workspace: platformId.regex(/^T[A-Z0-9]{6,}$/, schemaHint("slackWorkspace")),
  channel: platformId.regex(/^[CG][A-Z0-9]{6,}$/, schemaHint("slackChannel")),
});
const teamsHome = z.strictObject({
  platform: z.literal("teams"),
  workspace: teamsTenant,
  channel: platformId.regex(/^19:.+@thread\.(tacv2|skype|v2)$/, schemaHint("teamsChannel")),
});

const organisation = z.strictObject({
  id,
  name: text,
  kind: z.enum(["municipality", "region", "county-council"]),
  language: z.enum(LOCALES).optional(),
  people: z.array(person).max(ROUND_FILE_LIMITS.items),
  home: z.discriminatedUnion("platform", [slackHome, teamsHome]).optional(),
});

/** Where the project managers hear of broken channels and are copied on meeting invitations. */
const projectManagerHome = z.discriminatedUnion("platform", [slackHome, teamsHome]).optional();

const meeting = z.strictObject({ date, host: id });

const cluster = z.strictObject({
  id,
  name: text.optional(),
  mentor: id,
  organisations: z.array(id).superRefine((ids, ctx) => {
    if (ids.length < 2 || ids.length > 3) {
      const { message, sv } = inBoth((t) => t.clusterSize(ids.length));
      ctx.addIssue({ code: "custom", message, params: { sv } });
    }
  }),
  meetings: z.strictObject({
    "benchmarking-1": meeting,
    "benchmarking-2": meeting,
    "benchmarking-3": meeting,
  }),
});

const link = z.strictObject({
  title: text.max(200),
  url: z
    .string()
    .refine(
      (u) => /^https?:\/\/\S+$/.test(u) && URL.canParse(u),
      "must be a web link starting with https://",
    ),
});

/** Links per step: `links: { 2: [{ title: …, url: … }] }`, at most five a step. */
const links = z
  .partialRecord(z.enum(["1", "2", "3", "4", "5", "6", "7", "8"]), z.array(link).max(5))
  .optional();

export const roundFileSchema = z.strictObject({
  id,
  name: text,
  language: z.enum(LOCALES),
  timeZone: z
    .string()
    .max(ROUND_FILE_LIMITS.id)
    .refine((zone) => IANAZone.isValidZone(zone), schemaHint("timeZone")),
  /** One checklist form; or `checklists` for several (see checklist-rule.ts: exactly one of the two). */
  checklist: id.optional(),
  checklists: z.array(id).min(1).max(4).optional(),
  startUp: date,
  resultsConference: date,
  showNamesInResults: z.boolean().default(false),
  projectManagers: z
    .array(z.strictObject({ name: text, email, accounts }))
    .min(1)
    .max(ROUND_FILE_LIMITS.items),
  projectManagerHome,
  organisations: z.array(organisation).min(1).max(ROUND_FILE_LIMITS.items),
  clusters: z.array(cluster).min(1).max(ROUND_FILE_LIMITS.items),
  links,
});

export type RoundFile = z.infer<typeof roundFileSchema>;
export type RoundFileOrganisation = RoundFile["organisations"][number];
export type RoundFileCluster = RoundFile["clusters"][number];
