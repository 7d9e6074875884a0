// Revoked dashboard links: one row per revocation, read whole (there are a handful in a round's life).
import type { DashboardOps, DashboardRevocation } from "../port.ts";
import { checkRecord, dashboardRevocationRecord, readJsonRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

export function dashboardOps(ctx: SqliteContext): DashboardOps {
  const { db } = ctx;
  const insert = db.prepare<[string]>("INSERT INTO dashboard_revocations (doc) VALUES (?)");
  const all = db.prepare<[], { doc: string }>("SELECT doc FROM dashboard_revocations ORDER BY seq");
  return {
    async revokeDashboardLinks(revocation: DashboardRevocation) {
      const doc = JSON.stringify(checkRecord(dashboardRevocationRecord, revocation, "dashboard_revocations"));
      writeTransaction(ctx, () => insert.run(doc));
    },
    async listDashboardRevocations() {
      const where = { table: "dashboard_revocations", key: "revocation" };
      return read(ctx, () => all.all()).flatMap(
        (row) => readJsonRecord(dashboardRevocationRecord, row.doc, where, ctx.report) ?? [],
      );
    },
  };
}
