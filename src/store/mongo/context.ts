// What every MongoDB operation needs. Each collection holds the domain document under `doc`,
// beside the indexed key fields; `_id` and the key fields never leave this folder.
import type { Collection, Db, Document } from "mongodb";
import type { InvalidRecordSink } from "../records.ts";

export interface MongoContext {
  db: Db;
  report: InvalidRecordSink;
}

export const COLLECTIONS = {
  rounds: "rounds",
  bindings: "bindings",
  conversationReferences: "conversationReferences",
  assessments: "assessments",
  pdsaUpdates: "pdsaUpdates",
  presentationMarks: "presentationMarks",
  statisticsReports: "statisticsReports",
  stepOverrides: "stepOverrides",
  outbox: "outbox",
  inboundEvents: "inboundEvents",
  schedulerTicks: "schedulerTicks",
  accounts: "accounts",
  audit: "audit",
  dashboardRevocations: "dashboardRevocations",
  languages: "languages",
  slackInstallations: "slackInstallations",
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export function collection<T extends Document>(ctx: MongoContext, name: CollectionName): Collection<T> {
  return ctx.db.collection<T>(name);
}

/** A JSON round trip: drops undefined, leaves only what JSON (and the zod schemas) know. */
export function plainDocument(value: unknown): Document {
  return JSON.parse(JSON.stringify(value)) as Document;
}

/** Only the stored document comes back from a query, never `_id`. */
export const DOC_ONLY = { _id: 0, doc: 1 } as const;
