// Slack installations from OAuth, unique on id (the workspace, or the Grid organisation); the document holds
// sealed tokens only.
import type { SlackInstallation, SlackInstallationOps } from "../port.ts";
import { checkRecord, readRecord, slackInstallationRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";

interface InstallationDocument {
  id: string;
  doc: unknown;
}

export function slackInstallationOps(ctx: MongoContext): SlackInstallationOps {
  const installations = collection<InstallationDocument>(ctx, COLLECTIONS.slackInstallations);
  const parse = (row: { doc: unknown } | null, id: string) =>
    row
      ? readRecord(
          slackInstallationRecord,
          row.doc,
          { table: COLLECTIONS.slackInstallations, key: id },
          ctx.report,
        )
      : undefined;
  return {
    async saveSlackInstallation(installation) {
      const doc = plainDocument(
        checkRecord(slackInstallationRecord, installation, COLLECTIONS.slackInstallations),
      );
      await installations.replaceOne({ id: installation.id }, { id: installation.id, doc }, { upsert: true });
    },
    async findSlackInstallation(id) {
      return parse(await installations.findOne({ id }, { projection: DOC_ONLY }), id);
    },
    async listSlackInstallations() {
      const rows = await installations.find({}).sort({ id: 1 }).toArray();
      return rows.flatMap((row) => parse(row, row.id) ?? []);
    },
    async deleteSlackInstallation(id): Promise<SlackInstallation | undefined> {
      // Read, then delete: of two instances deleting at once, only the one whose delete removed it answers
      // with the record. (Not findOneAndDelete: the jongodb emulator refuses the command the driver sends.)
      const found = await installations.findOne({ id }, { projection: DOC_ONLY });
      if (!found) return undefined;
      const { deletedCount } = await installations.deleteOne({ id });
      return deletedCount > 0 ? parse(found, id) : undefined;
    },
  };
}
