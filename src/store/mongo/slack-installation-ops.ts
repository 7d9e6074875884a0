// Slack installations from OAuth, unique on (enterpriseId, teamId); the document holds sealed tokens only.
import type { SlackInstallation, Store } from "../port.ts";
import { checkRecord, readRecord, slackInstallationRecord } from "../records.ts";
import { COLLECTIONS, collection, DOC_ONLY, type MongoContext, plainDocument } from "./context.ts";

type InstallationOps = Pick<
  Store,
  "saveSlackInstallation" | "findSlackInstallation" | "listSlackInstallations" | "deleteSlackInstallation"
>;

interface InstallationDocument {
  enterpriseId: string;
  teamId: string;
  doc: unknown;
}

export function slackInstallationOps(ctx: MongoContext): InstallationOps {
  const installations = collection<InstallationDocument>(ctx, COLLECTIONS.slackInstallations);
  const parse = (row: { doc: unknown } | null, enterpriseId: string, teamId: string) =>
    row
      ? readRecord(
          slackInstallationRecord,
          row.doc,
          { table: COLLECTIONS.slackInstallations, key: `${enterpriseId}/${teamId}` },
          ctx.report,
        )
      : undefined;
  return {
    async saveSlackInstallation(installation) {
      const doc = plainDocument(
        checkRecord(slackInstallationRecord, installation, COLLECTIONS.slackInstallations),
      );
      const { enterpriseId, teamId } = installation;
      await installations.replaceOne({ enterpriseId, teamId }, { enterpriseId, teamId, doc }, { upsert: true });
    },
    async findSlackInstallation(enterpriseId, teamId) {
      const row = await installations.findOne({ enterpriseId, teamId }, { projection: DOC_ONLY });
      return parse(row, enterpriseId, teamId);
    },
    async listSlackInstallations() {
      const rows = await installations.find({}).sort({ enterpriseId: 1, teamId: 1 }).toArray();
      return rows.flatMap((row) => parse(row, row.enterpriseId, row.teamId) ?? []);
    },
    async deleteSlackInstallation(enterpriseId, teamId): Promise<SlackInstallation | undefined> {
      // Read, then delete: of two instances deleting at once, only the one whose delete removed it answers
      // with the record. (Not findOneAndDelete: the jongodb emulator refuses the command the driver sends.)
      const found = await installations.findOne({ enterpriseId, teamId }, { projection: DOC_ONLY });
      if (!found) return undefined;
      const { deletedCount } = await installations.deleteOne({ enterpriseId, teamId });
      return deletedCount > 0 ? parse(found, enterpriseId, teamId) : undefined;
    },
  };
}
