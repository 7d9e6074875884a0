// The store port: domain-level operations only. Both the embedded store and MongoDB implement it
// and pass one contract suite (test/store/contract.ts).
import type { AssessmentSubmission, AssessmentVersion } from "../domain/assessment.ts";
import type { PdsaUpdate, PdsaVersion } from "../domain/pdsa.ts";
import type { BenchmarkingMeetingId, Locale, Platform, Round } from "../domain/round.ts";
import type { RoundNameHit } from "../domain/round-names.ts";

/** The result of a user's write: `duplicate` when the idempotency key was seen before. */
export interface WriteResult<T> {
  value: T;
  duplicate: boolean;
}

/** A channel or chat bound to an organisation of a round. */
export interface Binding {
  platform: Platform;
  workspace: string;
  channel: string;
  roundId: string;
  organisationId: string;
  /** Teams: the serialised ConversationReference; Slack: unused. Opaque JSON to the store. */
  conversationReference?: unknown;
  boundBy?: string | undefined;
  boundAt: string;
  /** Set when the platform said the bot can no longer post here (403/404, channel_not_found…). */
  broken?: { reason: string; at: string } | undefined;
}

/**
 * Where the bot can post proactively in a Teams channel or chat: the ConversationReference from the latest
 * activity there (install event or any message). Kept for every conversation of a known tenant, bound or not.
 */
export interface ConversationReferenceRecord {
  platform: Platform;
  workspace: string;
  channel: string;
  /** The serialised ConversationReference. Opaque JSON to the store; the adapter validates it on read. */
  reference: unknown;
  savedAt: string;
}

export interface PresentationMarkInput {
  roundId: string;
  organisationId: string;
  /** A benchmarking meeting's presentation, or the start-up meeting's description of the organisation. */
  meeting: BenchmarkingMeetingId | "start-up";
  link: string;
  markedBy: string;
  markedAt: string;
  /**
   * When the item was first marked published, carried by every later correction of the link: whether it
   * came in time is the first mark's (src/domain/lateness.ts publishedAt). Absent on a first mark.
   */
  firstMarkedAt?: string | undefined;
  idempotencyKey: string;
}
/** The latest mark per (round, organisation, meeting) is the one that counts. */
export type PresentationMark = PresentationMarkInput;

export interface StatisticsInput {
  roundId: string;
  organisationId: string;
  /** How many individual-based statistics the organisation reports. */
  reported: number;
  /** How many of them are broken down by sex. */
  bySex: number;
  routines: { budget: boolean; followUp: boolean; decisions: boolean };
  submittedBy: string;
  submittedAt: string;
  idempotencyKey: string;
}
export interface StatisticsVersion extends StatisticsInput {
  version: number;
}

export interface StepOverride {
  roundId: string;
  clusterId: string;
  step: number;
  setBy: string;
  setAt: string;
}

/**
 * A round's activity as `status` and the reminders read it. The same object may be handed to every caller
 * until something changes: it is read-only.
 */
export interface RoundActivity {
  /** The latest version per (organisation, assessment round), as `latestAssessments`. */
  readonly assessments: readonly AssessmentVersion[];
  /** Every PDSA version, as `listPdsa`. */
  readonly pdsa: readonly PdsaVersion[];
  /** The latest mark per (organisation, meeting), as `listPresentations`. */
  readonly presentations: readonly PresentationMark[];
  /** The latest report per organisation, as `latestStatistics`. */
  readonly statistics: readonly StatisticsVersion[];
  /** The latest override per cluster, as `listStepOverrides`. */
  readonly overrides: readonly StepOverride[];
}

/**
 * A platform account recognised as a person: the e-mail its own workspace or tenant reported the first time.
 * Kept from then on, so that an address changed later on the platform does not move the account silently.
 */
export interface AccountBinding {
  platform: Platform;
  /** The user's own Slack team id, or the Teams tenant id (lower-case). */
  workspace: string;
  /** Slack user id, or the Teams AAD object id. */
  userId: string;
  email: string;
  boundAt: string;
}

/** What the audit trail records: privileged actions, and attempts the bot refused. */
export const AUDIT_ACTIONS = [
  "setstep",
  "bind",
  "act-for-organisation",
  "export",
  "refused",
  "identity-changed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** The round acted in; empty when the person was not recognised in any. */
  roundId: string;
  at: string;
  action: AuditAction;
  /** Who, as the platform said: where from, which account, and the e-mail they claimed or were known by. */
  who: { platform: string; workspace: string; userId: string; email?: string | undefined };
  organisationId?: string | undefined;
  clusterId?: string | undefined;
  /** What was done or tried, e.g. `setstep 4` or `assess (form of another organisation)`. */
  what: string;
  /** A refusal the project managers were told of (at most one an hour per person). */
  notified?: boolean | undefined;
}

/**
 * Dashboard links issued up to `revokedAt` stop working: one person's (`email`), or everyone's (no email).
 * Kept for good: a revocation is cheap, and the record says who did it.
 */
export interface DashboardRevocation {
  email?: string | undefined;
  revokedAt: string;
  revokedBy: string;
}

/**
 * A Slack app installation made through OAuth ("Add to Slack"): one per workspace, or one per Enterprise Grid
 * organisation for an org-wide install. The Slack adapter seals every token (AES-256-GCM) before it reaches
 * the store: the store never holds a token in clear, and refuses a record whose token is not sealed.
 */
export interface SlackInstallation {
  /**
   * What the installation covers, its key: the workspace (`T…`), or for an org-wide install the Enterprise
   * Grid organisation (`E…`). A workspace install inside a Grid is keyed by its workspace.
   */
  id: string;
  isEnterpriseInstall: boolean;
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  teamName?: string | undefined;
  enterpriseName?: string | undefined;
  /** An org-wide install: the workspaces it was approved for (auth.teams.list at install). */
  teams?: string[] | undefined;
  appId?: string | undefined;
  botId: string;
  botUserId: string;
  scopes: string[];
  /** The bot token, sealed (`sealed:v1:…`). */
  botToken: string;
  /** Token rotation: the refresh token, sealed, and when the bot token expires (ISO instant). */
  botRefreshToken?: string | undefined;
  botTokenExpiresAt?: string | undefined;
  /** The Slack user who installed the app. */
  installedBy: string;
  installedAt: string;
  /** When the tokens were last written (install, refresh, re-sealed with a new key). */
  updatedAt: string;
}

export type OutboxState = "claimed" | "sent" | "failed";

export interface OutboxClaim {
  /** Unique: round, organisation, meeting, kind (see reminderKey in the domain). */
  key: string;
  roundId: string;
  organisationId: string;
  meeting: string;
  kind: string;
  claimedBy: string;
  claimedAt: string;
}

/** Why a failed entry failed, as a code a later tick reads back (src/scheduler/outbox-failure.ts says what each means). */
export const OUTBOX_FAILURE_CLASSES = [
  "permanent",
  "ambiguous",
  "transient",
  "closed",
  "unavailable",
] as const;
export type OutboxFailureClass = (typeof OUTBOX_FAILURE_CLASSES)[number];

export interface OutboxFailure {
  class: OutboxFailureClass;
  /** Attempts made so far. */
  attempts: number;
  /** What the platform or the bot said, for people (e.g. "HTTP 503", "channel_not_found"); never parsed. */
  error: string;
}

export interface OutboxEntry extends OutboxClaim {
  state: OutboxState;
  messageId?: string | undefined;
  /** Set when the entry failed; kept (as history) if a later attempt sends it. */
  failure?: OutboxFailure | undefined;
  updatedAt: string;
}

export type OutboxOutcome =
  | { state: "sent"; messageId: string; at: string }
  | { state: "failed"; failure: OutboxFailure; at: string };

export interface Store {
  // Rounds (imported from round files). `changed` is false when the stored round was identical.
  saveRound(round: Round): Promise<{ changed: boolean }>;
  getRound(roundId: string): Promise<Round | undefined>;
  listRounds(): Promise<Round[]>;
  /** Where the stored rounds' files name `key` (domain/round-names.ts), by round, read from an index. */
  roundsNaming(key: string): Promise<RoundNameHit[]>;

  // Chat bindings and Teams conversation references; unique on (platform, workspace, channel).
  saveBinding(binding: Binding): Promise<void>;
  findBinding(platform: Platform, workspace: string, channel: string): Promise<Binding | undefined>;
  listBindings(roundId?: string): Promise<Binding[]>;
  markBindingBroken(
    platform: Platform,
    workspace: string,
    channel: string,
    reason: string,
    at: string,
  ): Promise<void>;

  // Conversation references (Teams); unique on (platform, workspace, channel), the latest save wins.
  saveConversationReference(
    platform: Platform,
    workspace: string,
    channel: string,
    reference: unknown,
    at: string,
  ): Promise<void>;
  getConversationReference(
    platform: Platform,
    workspace: string,
    channel: string,
  ): Promise<ConversationReferenceRecord | undefined>;

  // Self-assessments: append-only versions per (round, organisation, assessment round).
  submitAssessment(submission: AssessmentSubmission): Promise<WriteResult<AssessmentVersion>>;
  /** Every version, oldest first. */
  listAssessments(roundId: string, organisationId?: string): Promise<AssessmentVersion[]>;
  /** The latest version per (organisation, assessment round). */
  latestAssessments(roundId: string, organisationId?: string): Promise<AssessmentVersion[]>;
  /** One version of one organisation's form (assessment round and checklist), if it exists. */
  assessmentVersion(
    roundId: string,
    organisationId: string,
    form: Pick<AssessmentSubmission, "assessmentRound" | "checklist">,
    version: number,
  ): Promise<AssessmentVersion | undefined>;
  /** The version stored under this idempotency key, if any (a redelivered submission). */
  assessmentByKey(idempotencyKey: string): Promise<AssessmentVersion | undefined>;

  // PDSA updates: append-only versions per (round, organisation, cycle key).
  savePdsaUpdate(update: PdsaUpdate): Promise<WriteResult<PdsaVersion>>;
  listPdsa(roundId: string, organisationId?: string): Promise<PdsaVersion[]>;

  // Presentation marks.
  markPresentation(mark: PresentationMarkInput): Promise<WriteResult<PresentationMark>>;
  listPresentations(roundId: string): Promise<PresentationMark[]>;

  // Step 6 statistics reports: append-only versions per (round, organisation).
  saveStatistics(input: StatisticsInput): Promise<WriteResult<StatisticsVersion>>;
  latestStatistics(roundId: string): Promise<StatisticsVersion[]>;

  // Manual step overrides; the latest per cluster counts.
  setStepOverride(override: StepOverride): Promise<void>;
  listStepOverrides(roundId: string): Promise<StepOverride[]>;

  /** Everything a round's summaries read (every status, every reminder tick), in one call. */
  roundActivity(roundId: string): Promise<RoundActivity>;

  // Reminder outbox. `claimOutbox` is true for exactly one caller per key, ever.
  claimOutbox(claim: OutboxClaim): Promise<boolean>;
  completeOutbox(key: string, outcome: OutboxOutcome): Promise<void>;
  getOutbox(key: string): Promise<OutboxEntry | undefined>;
  listOutbox(filter?: { roundId?: string; state?: OutboxState }): Promise<OutboxEntry[]>;

  /** Processed inbound event ids: true the first time an id is seen (until it expires). */
  rememberEvent(eventId: string, at: string, expiresAt: string): Promise<boolean>;
  /**
   * Forgets an event id whose handling failed (the engine threw), so that the platform's retry of that
   * delivery is handled instead of dropped: nothing a user sent is lost to a crash in between.
   */
  forgetEvent(eventId: string): Promise<void>;

  // Recognised platform accounts; unique on (platform, workspace, userId), the first binding is kept.
  /** Stores the binding unless the account has one; returns the binding that holds afterwards. */
  bindAccount(binding: AccountBinding): Promise<AccountBinding>;
  findAccount(platform: Platform, workspace: string, userId: string): Promise<AccountBinding | undefined>;
  /** A project manager's decision (CLI): the account is recognised afresh the next time. */
  forgetAccount(platform: Platform, workspace: string, userId: string): Promise<boolean>;

  // A person's own choice of language (`language sv|en`), by e-mail; none: their organisation's.
  setLanguage(email: string, language: Locale | undefined, at: string): Promise<void>;
  getLanguage(email: string): Promise<Locale | undefined>;

  // The audit trail: append-only, oldest first.
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(filter?: { roundId?: string; since?: string }): Promise<AuditEntry[]>;

  // Revoked dashboard links (npm run cli -- dashboard revoke): append-only, oldest first.
  revokeDashboardLinks(revocation: DashboardRevocation): Promise<void>;
  listDashboardRevocations(): Promise<DashboardRevocation[]>;

  /**
   * Removes every record of every kind: the playground's "start over" (a fresh store, into which the example
   * round is imported again). Nothing in a real round calls it.
   */
  eraseAll(): Promise<void>;

  /**
   * One-time claims: true for exactly one instance per key, ever (kept a week). Scheduler ticks, and the
   * Slack adapter's token refreshes (one instance refreshes a rotating token).
   */
  claimTick(tickKey: string, instanceId: string, at: string): Promise<boolean>;

  // Slack installations (OAuth); unique on id (the workspace, or the organisation), the latest save wins.
  saveSlackInstallation(installation: SlackInstallation): Promise<void>;
  findSlackInstallation(id: string): Promise<SlackInstallation | undefined>;
  /** Every installation, by id. */
  listSlackInstallations(): Promise<SlackInstallation[]>;
  /** Removes the installation and its tokens; returns what was removed, if anything. */
  deleteSlackInstallation(id: string): Promise<SlackInstallation | undefined>;

  /**
   * Why the store refuses every write now (a failed fsync, closed), or undefined while it takes them.
   * For /healthz: a store that still reads but cannot save must not look healthy. Optional: a store
   * without it is judged by whether it answers a read.
   */
  writeRefusal?(): string | undefined;

  /**
   * Why the store cannot be reached now (MongoDB: no answer to a short ping), or undefined while it
   * answers: one ping with a short timeout, for /healthz. Optional: a store without it is judged by
   * whether it answers a read.
   */
  unreachable?(): Promise<string | undefined>;

  close(): Promise<void>;
}

/** Stable error codes for the unexpected (expected outcomes are values). */
export class StoreError extends Error {
  constructor(
    readonly code: "store_newer_schema" | "store_corrupt" | "store_invalid_record" | "store_unavailable",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StoreError";
  }
}

// The port's parts. Each store implements each part in a file of its own (src/store/embedded/*-ops.ts,
// src/store/mongo/*-ops.ts) and assembles its Store from them; the method lists are stated here once.

export type RoundOps = Pick<Store, "saveRound" | "getRound" | "listRounds" | "roundsNaming">;
export type BindingOps = Pick<Store, "saveBinding" | "findBinding" | "listBindings" | "markBindingBroken">;
export type ConversationReferenceOps = Pick<Store, "saveConversationReference" | "getConversationReference">;
export type StepOverrideOps = Pick<Store, "setStepOverride" | "listStepOverrides">;
export type RoundActivityOps = Pick<Store, "roundActivity">;
export type OutboxOps = Pick<Store, "claimOutbox" | "completeOutbox" | "getOutbox" | "listOutbox">;
export type EventOps = Pick<Store, "rememberEvent" | "forgetEvent" | "claimTick">;
export type AccountOps = Pick<
  Store,
  "bindAccount" | "findAccount" | "forgetAccount" | "appendAudit" | "listAudit"
>;
export type LanguageOps = Pick<Store, "setLanguage" | "getLanguage">;
export type DashboardOps = Pick<Store, "revokeDashboardLinks" | "listDashboardRevocations">;
export type SlackInstallationOps = Pick<
  Store,
  "saveSlackInstallation" | "findSlackInstallation" | "listSlackInstallations" | "deleteSlackInstallation"
>;

/** The user's writes that keep every version, and their reads: one slice of the port per store. */
export type SubmissionOps = Pick<
  Store,
  | "submitAssessment"
  | "listAssessments"
  | "latestAssessments"
  | "assessmentVersion"
  | "assessmentByKey"
  | "savePdsaUpdate"
  | "listPdsa"
  | "markPresentation"
  | "listPresentations"
  | "saveStatistics"
  | "latestStatistics"
>;

/** What a store does as a whole rather than in a part: erase, health, close. */
type StoreLifecycle = Pick<Store, "eraseAll" | "writeRefusal" | "unreachable" | "close">;

type StoreParts =
  | RoundOps
  | BindingOps
  | ConversationReferenceOps
  | SubmissionOps
  | StepOverrideOps
  | RoundActivityOps
  | OutboxOps
  | EventOps
  | AccountOps
  | LanguageOps
  | DashboardOps
  | SlackInstallationOps
  | StoreLifecycle;

/** Keys of every part: a union of Picks has only their common keys, so each part's are taken apart. */
type PartKeys<P> = P extends unknown ? keyof P : never;

/** Compiles only when T is never. */
type NoneLeft<T extends never> = T;

/**
 * A method added to Store without a part fails to compile here (its name is the error), so that both
 * stores are told to implement it in the part it belongs to. A type only: nothing of it runs.
 */
export type EveryMethodHasAPart = NoneLeft<Exclude<keyof Store, PartKeys<StoreParts>>>;
