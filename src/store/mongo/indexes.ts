// Unique indexes on every natural and idempotency key, created at start (a no-op when they exist).
import type { IndexDescription } from "mongodb";
import { COLLECTIONS, type CollectionName, type MongoContext } from "./context.ts";

const unique = (key: IndexDescription["key"], name: string): IndexDescription => ({
  key,
  name,
  unique: true,
});

function versioned(): IndexDescription[] {
  return [
    unique({ idempotencyKey: 1 }, "idempotency_key"),
    unique({ roundId: 1, organisationId: 1, groupKey: 1, version: 1 }, "group_version"),
    { key: { roundId: 1, submittedAt: 1 }, name: "round_submitted" },
  ];
}

const channelKey = { platform: 1, workspace: 1, channel: 1 } as const;

const INDEXES: Record<CollectionName, IndexDescription[]> = {
  [COLLECTIONS.rounds]: [unique({ id: 1 }, "round_id"), { key: { "names.k": 1 }, name: "names" }],
  [COLLECTIONS.bindings]: [unique(channelKey, "channel"), { key: { roundId: 1 }, name: "round" }],
  [COLLECTIONS.conversationReferences]: [unique(channelKey, "channel")],
  [COLLECTIONS.assessments]: versioned(),
  [COLLECTIONS.pdsaUpdates]: versioned(),
  [COLLECTIONS.presentationMarks]: versioned(),
  [COLLECTIONS.statisticsReports]: versioned(),
  [COLLECTIONS.stepOverrides]: [unique({ roundId: 1, clusterId: 1, version: 1 }, "cluster_version")],
  [COLLECTIONS.outbox]: [
    unique({ key: 1 }, "outbox_key"),
    { key: { roundId: 1, state: 1 }, name: "round_state" },
  ],
  [COLLECTIONS.inboundEvents]: [
    unique({ eventId: 1 }, "event_id"),
    // MongoDB removes expired ids itself; rememberEvent does not rely on it running on time.
    { key: { expiresAt: 1 }, name: "expiry", expireAfterSeconds: 0 },
  ],
  [COLLECTIONS.accounts]: [unique({ platform: 1, workspace: 1, userId: 1 }, "account")],
  // Kept: the audit trail is the record of who did what.
  [COLLECTIONS.audit]: [
    { key: { roundId: 1, at: 1 }, name: "round_time" },
    { key: { at: 1 }, name: "time" },
  ],
  [COLLECTIONS.dashboardRevocations]: [{ key: { revokedAt: 1 }, name: "revoked_at" }],
  [COLLECTIONS.languages]: [unique({ email: 1 }, "email")],
  [COLLECTIONS.slackInstallations]: [unique({ id: 1 }, "installation")],
  [COLLECTIONS.schedulerTicks]: [
    unique({ tickKey: 1 }, "tick_key"),
    { key: { atDate: 1 }, name: "retention", expireAfterSeconds: 7 * 24 * 60 * 60 },
  ],
};

export async function ensureIndexes(ctx: MongoContext): Promise<void> {
  for (const [name, indexes] of Object.entries(INDEXES)) {
    await ctx.db.collection(name).createIndexes(indexes);
  }
}
