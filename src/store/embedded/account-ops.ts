// Recognised platform accounts (the first e-mail an account was known by) and the audit trail.
import type { AccountBinding, AccountOps, AuditEntry } from "../port.ts";
import { accountBindingRecord, auditRecord, checkRecord, readJsonRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

interface DocRow {
  doc: string;
}

export function accountOps(ctx: SqliteContext): AccountOps {
  const { db } = ctx;
  const one = db.prepare<[string, string, string], DocRow>(
    "SELECT doc FROM accounts WHERE platform = ? AND workspace = ? AND user_id = ?",
  );
  const insert = db.prepare<[string, string, string, string]>(
    `INSERT INTO accounts (platform, workspace, user_id, doc) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, workspace, user_id) DO NOTHING`,
  );
  const remove = db.prepare<[string, string, string]>(
    "DELETE FROM accounts WHERE platform = ? AND workspace = ? AND user_id = ?",
  );
  const appendRow = db.prepare<[string, string, string]>(
    "INSERT INTO audit (round_id, at, doc) VALUES (?, ?, ?)",
  );
  const since = db.prepare<[string], DocRow>("SELECT doc FROM audit WHERE at >= ? ORDER BY at, seq");
  const ofRound = db.prepare<[string, string], DocRow>(
    "SELECT doc FROM audit WHERE round_id = ? AND at >= ? ORDER BY at, seq",
  );
  const account = (row: DocRow | undefined, key: string) =>
    row ? readJsonRecord(accountBindingRecord, row.doc, { table: "accounts", key }, ctx.report) : undefined;
  const find = (platform: string, workspace: string, userId: string): AccountBinding | undefined =>
    account(one.get(platform, workspace, userId), `${platform}/${workspace}/${userId}`);
  return {
    async bindAccount(binding) {
      const doc = JSON.stringify(checkRecord(accountBindingRecord, binding, "accounts"));
      const { platform, workspace, userId } = binding;
      return writeTransaction(ctx, () => {
        insert.run(platform, workspace, userId, doc);
        return find(platform, workspace, userId) ?? binding;
      });
    },
    async findAccount(platform, workspace, userId) {
      return read(ctx, () => find(platform, workspace, userId));
    },
    async forgetAccount(platform, workspace, userId) {
      return writeTransaction(ctx, () => remove.run(platform, workspace, userId).changes > 0);
    },
    async appendAudit(entry: AuditEntry) {
      const doc = JSON.stringify(checkRecord(auditRecord, entry, "audit"));
      writeTransaction(ctx, () => appendRow.run(entry.roundId, entry.at, doc));
    },
    async listAudit(filter = {}) {
      const from = filter.since ?? "";
      const rows = read(ctx, () =>
        filter.roundId === undefined ? since.all(from) : ofRound.all(filter.roundId, from),
      );
      return rows.flatMap(
        (row) => readJsonRecord(auditRecord, row.doc, { table: "audit", key: "entry" }, ctx.report) ?? [],
      );
    },
  };
}
