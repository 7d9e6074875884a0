// Chat bindings: which channel or Teams conversation belongs to which organisation of a round.
import type { BindingOps } from "../port.ts";
import { bindingRecord, checkRecord, readRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";

interface BindingDocument {
  platform: string;
  workspace: string;
  channel: string;
  roundId: string;
  organisationId: string;
  doc: unknown;
}

export function bindingOps(ctx: MongoContext): BindingOps {
  const bindings = collection<BindingDocument>(ctx, COLLECTIONS.bindings);
  const parse = (doc: unknown) => {
    const b = doc as Partial<Record<"platform" | "workspace" | "channel", string>> | null;
    const where = { table: COLLECTIONS.bindings, key: `${b?.platform}/${b?.workspace}/${b?.channel}` };
    return readRecord(bindingRecord, doc, where, ctx.report);
  };
  return {
    async saveBinding(binding) {
      const checked = checkRecord(bindingRecord, binding, COLLECTIONS.bindings);
      const { platform, workspace, channel, roundId, organisationId } = binding;
      const document = { platform, workspace, channel, roundId, organisationId, doc: plainDocument(checked) };
      await bindings.replaceOne({ platform, workspace, channel }, document, { upsert: true });
    },
    async findBinding(platform, workspace, channel) {
      const row = await bindings.findOne({ platform, workspace, channel }, { projection: DOC_ONLY });
      return row ? parse(row.doc) : undefined;
    },
    async listBindings(roundId) {
      const rows = await bindings
        .find(roundId === undefined ? {} : { roundId }, { projection: DOC_ONLY })
        .sort({ platform: 1, workspace: 1, channel: 1 })
        .toArray();
      return rows.flatMap((row) => parse(row.doc) ?? []);
    },
    async markBindingBroken(platform, workspace, channel, reason, at) {
      await bindings.updateOne({ platform, workspace, channel }, { $set: { "doc.broken": { reason, at } } });
    },
  };
}
