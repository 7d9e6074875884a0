// Revoked dashboard links: one document per revocation, read whole (a handful in a round's life).
import type { DashboardOps } from "../port.ts";
import { checkRecord, dashboardRevocationRecord, readRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";

interface RevocationDocument {
  revokedAt: string;
  doc: unknown;
}

export function dashboardOps(ctx: MongoContext): DashboardOps {
  const revocations = collection<RevocationDocument>(ctx, COLLECTIONS.dashboardRevocations);
  const where = { table: COLLECTIONS.dashboardRevocations, key: "revocation" };
  return {
    async revokeDashboardLinks(revocation) {
      const doc = plainDocument(checkRecord(dashboardRevocationRecord, revocation, where.table));
      await revocations.insertOne({ revokedAt: revocation.revokedAt, doc });
    },
    async listDashboardRevocations() {
      const rows = await revocations
        .find({}, { projection: DOC_ONLY })
        .sort({ revokedAt: 1, _id: 1 })
        .toArray();
      return rows.flatMap((row) => readRecord(dashboardRevocationRecord, row.doc, where, ctx.report) ?? []);
    },
  };
}
