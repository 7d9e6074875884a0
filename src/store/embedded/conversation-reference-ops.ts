// Teams conversation references: where the bot may post proactively; the latest save wins.
import type { ConversationReferenceOps } from "../port.ts";
import { checkRecord, conversationReferenceRecord, readJsonRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

export function conversationReferenceOps(ctx: SqliteContext): ConversationReferenceOps {
  const upsert = ctx.db.prepare<[string, string, string, string]>(
    `INSERT INTO conversation_references (platform, workspace, channel, doc) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, workspace, channel) DO UPDATE SET doc = excluded.doc`,
  );
  const one = ctx.db.prepare<[string, string, string], { doc: string }>(
    "SELECT doc FROM conversation_references WHERE platform = ? AND workspace = ? AND channel = ?",
  );
  return {
    async saveConversationReference(platform, workspace, channel, reference, at) {
      const record = { platform, workspace, channel, reference, savedAt: at };
      const doc = JSON.stringify(checkRecord(conversationReferenceRecord, record, "conversation_references"));
      writeTransaction(ctx, () => upsert.run(platform, workspace, channel, doc));
    },
    async getConversationReference(platform, workspace, channel) {
      const row = read(ctx, () => one.get(platform, workspace, channel));
      if (!row) return undefined;
      const where = { table: "conversation_references", key: `${platform}/${workspace}/${channel}` };
      return readJsonRecord(conversationReferenceRecord, row.doc, where, ctx.report);
    },
  };
}
