// Recognised platform accounts (the first e-mail an account was known by) and the audit trail.
import type { AccountBinding, AccountOps } from "../port.ts";
import { accountBindingRecord, auditRecord, checkRecord, readRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";
import { isDuplicateKey } from "./mongo-errors.ts";

interface AccountDocument {
  platform: string;
  workspace: string;
  userId: string;
  doc: unknown;
}

interface AuditDocument {
  roundId: string;
  at: string;
  doc: unknown;
}

export function accountOps(ctx: MongoContext): AccountOps {
  const accounts = collection<AccountDocument>(ctx, COLLECTIONS.accounts);
  const audit = collection<AuditDocument>(ctx, COLLECTIONS.audit);
  const find = async (platform: string, workspace: string, userId: string) => {
    const row = await accounts.findOne({ platform, workspace, userId }, { projection: DOC_ONLY });
    const where = { table: COLLECTIONS.accounts, key: `${platform}/${workspace}/${userId}` };
    return row ? readRecord(accountBindingRecord, row.doc, where, ctx.report) : undefined;
  };
  return {
    async bindAccount(binding): Promise<AccountBinding> {
      const doc = plainDocument(checkRecord(accountBindingRecord, binding, COLLECTIONS.accounts));
      const { platform, workspace, userId } = binding;
      try {
        // The first binding is kept: a second instance's insert of the same account fails on the key.
        await accounts.insertOne({ platform, workspace, userId, doc });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      return (await find(platform, workspace, userId)) ?? binding;
    },
    findAccount: find,
    async forgetAccount(platform, workspace, userId) {
      return (await accounts.deleteOne({ platform, workspace, userId })).deletedCount > 0;
    },
    async appendAudit(entry) {
      const doc = plainDocument(checkRecord(auditRecord, entry, COLLECTIONS.audit));
      await audit.insertOne({ roundId: entry.roundId, at: entry.at, doc });
    },
    async listAudit(filter = {}) {
      const query = {
        at: { $gte: filter.since ?? "" },
        ...(filter.roundId === undefined ? {} : { roundId: filter.roundId }),
      };
      const rows = await audit.find(query, { projection: DOC_ONLY }).sort({ at: 1, _id: 1 }).toArray();
      return rows.flatMap(
        (row) =>
          readRecord(auditRecord, row.doc, { table: COLLECTIONS.audit, key: "entry" }, ctx.report) ?? [],
      );
    },
  };
}
