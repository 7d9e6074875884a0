// Teams conversation references: where the bot may post proactively; the latest save wins.
import type { ConversationReferenceOps } from "../port.ts";
import { checkRecord, conversationReferenceRecord, readRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";

interface ReferenceDocument {
  platform: string;
  workspace: string;
  channel: string;
  doc: unknown;
}

export function conversationReferenceOps(ctx: MongoContext): ConversationReferenceOps {
  const references = collection<ReferenceDocument>(ctx, COLLECTIONS.conversationReferences);
  return {
    async saveConversationReference(platform, workspace, channel, reference, at) {
      const record = { platform, workspace, channel, reference, savedAt: at };
      const checked = checkRecord(conversationReferenceRecord, record, COLLECTIONS.conversationReferences);
      const key = { platform, workspace, channel };
      await references.replaceOne(key, { ...key, doc: plainDocument(checked) }, { upsert: true });
    },
    async getConversationReference(platform, workspace, channel) {
      const row = await references.findOne({ platform, workspace, channel }, { projection: DOC_ONLY });
      if (!row) return undefined;
      const where = { table: COLLECTIONS.conversationReferences, key: `${platform}/${workspace}/${channel}` };
      return readRecord(conversationReferenceRecord, row.doc, where, ctx.report);
    },
  };
}
