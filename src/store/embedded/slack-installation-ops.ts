// Slack installations from OAuth, one row per workspace (or Grid organisation); the document holds sealed
// tokens only.
import type { SlackInstallation, SlackInstallationOps } from "../port.ts";
import { checkRecord, readJsonRecord, slackInstallationRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

interface Row {
  id: string;
  doc: string;
}

export function slackInstallationOps(ctx: SqliteContext): SlackInstallationOps {
  const { db } = ctx;
  const upsert = db.prepare<[string, string]>(
    "INSERT INTO slack_installations (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
  );
  const one = db.prepare<[string], Row>("SELECT id, doc FROM slack_installations WHERE id = ?");
  const all = db.prepare<[], Row>("SELECT id, doc FROM slack_installations ORDER BY id");
  const remove = db.prepare<[string]>("DELETE FROM slack_installations WHERE id = ?");
  const parse = (row: Row | undefined) =>
    row
      ? readJsonRecord(
          slackInstallationRecord,
          row.doc,
          { table: "slack_installations", key: row.id },
          ctx.report,
        )
      : undefined;
  return {
    async saveSlackInstallation(installation) {
      const doc = JSON.stringify(checkRecord(slackInstallationRecord, installation, "slack_installations"));
      writeTransaction(ctx, () => upsert.run(installation.id, doc));
    },
    async findSlackInstallation(id) {
      return parse(read(ctx, () => one.get(id)));
    },
    async listSlackInstallations() {
      return read(ctx, () => all.all()).flatMap((row) => parse(row) ?? []);
    },
    async deleteSlackInstallation(id): Promise<SlackInstallation | undefined> {
      return writeTransaction(ctx, () => {
        const found = parse(one.get(id));
        remove.run(id);
        return found;
      });
    },
  };
}
