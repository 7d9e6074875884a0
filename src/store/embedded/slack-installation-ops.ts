// Slack installations from OAuth, one row per (enterprise, workspace); the document holds sealed tokens only.
import type { SlackInstallation, Store } from "../port.ts";
import { checkRecord, readJsonRecord, slackInstallationRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

type InstallationOps = Pick<
  Store,
  "saveSlackInstallation" | "findSlackInstallation" | "listSlackInstallations" | "deleteSlackInstallation"
>;

interface Row {
  enterprise_id: string;
  team_id: string;
  doc: string;
}

export function slackInstallationOps(ctx: SqliteContext): InstallationOps {
  const { db } = ctx;
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO slack_installations (enterprise_id, team_id, doc) VALUES (?, ?, ?)
     ON CONFLICT (enterprise_id, team_id) DO UPDATE SET doc = excluded.doc`,
  );
  const one = db.prepare<[string, string], Row>(
    "SELECT enterprise_id, team_id, doc FROM slack_installations WHERE enterprise_id = ? AND team_id = ?",
  );
  const all = db.prepare<[], Row>(
    "SELECT enterprise_id, team_id, doc FROM slack_installations ORDER BY enterprise_id, team_id",
  );
  const remove = db.prepare<[string, string]>(
    "DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?",
  );
  const parse = (row: Row | undefined) =>
    row
      ? readJsonRecord(
          slackInstallationRecord,
          row.doc,
          { table: "slack_installations", key: `${row.enterprise_id}/${row.team_id}` },
          ctx.report,
        )
      : undefined;
  return {
    async saveSlackInstallation(installation) {
      const doc = JSON.stringify(checkRecord(slackInstallationRecord, installation, "slack_installations"));
      writeTransaction(ctx, () => upsert.run(installation.enterpriseId, installation.teamId, doc));
    },
    async findSlackInstallation(enterpriseId, teamId) {
      return parse(read(ctx, () => one.get(enterpriseId, teamId)));
    },
    async listSlackInstallations() {
      return read(ctx, () => all.all()).flatMap((row) => parse(row) ?? []);
    },
    async deleteSlackInstallation(enterpriseId, teamId): Promise<SlackInstallation | undefined> {
      return writeTransaction(ctx, () => {
        const found = parse(one.get(enterpriseId, teamId));
        remove.run(enterpriseId, teamId);
        return found;
      });
    },
  };
}
