// Chat bindings: which channel or Teams conversation belongs to which organisation of a round.
import type { Binding, BindingOps } from "../port.ts";
import { bindingRecord, checkRecord, readJsonRecord } from "../records.ts";
import type { SqliteContext } from "./context.ts";
import { ReadCache } from "./read-cache.ts";
import { read, writeTransaction } from "./write-transaction.ts";

interface BindingRow {
  platform: string;
  workspace: string;
  channel: string;
  doc: string;
}

const COLUMNS = "platform, workspace, channel, doc";

export function bindingOps(ctx: SqliteContext): BindingOps {
  const db = ctx.db;
  const one = db.prepare<[string, string, string], BindingRow>(
    `SELECT ${COLUMNS} FROM bindings WHERE platform = ? AND workspace = ? AND channel = ?`,
  );
  const ofRound = db.prepare<[string], BindingRow>(
    `SELECT ${COLUMNS} FROM bindings WHERE round_id = ? ORDER BY platform, workspace, channel`,
  );
  const all = db.prepare<[], BindingRow>(
    `SELECT ${COLUMNS} FROM bindings ORDER BY platform, workspace, channel`,
  );
  const upsert = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO bindings (platform, workspace, channel, round_id, organisation_id, doc) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, workspace, channel)
     DO UPDATE SET round_id = excluded.round_id, organisation_id = excluded.organisation_id, doc = excluded.doc`,
  );
  const parse = (row: BindingRow) =>
    readJsonRecord(bindingRecord, row.doc, { table: "bindings", key: rowKey(row) }, ctx.report);
  // Every request asks where its channel belongs; a channel without a binding is kept too.
  const byChannel = new ReadCache<Binding | undefined>(ctx.db);
  const save = (binding: Binding) => {
    const doc = JSON.stringify(checkRecord(bindingRecord, binding, "bindings"));
    const b = binding;
    byChannel.clear();
    upsert.run(b.platform, b.workspace, b.channel, b.roundId, b.organisationId, doc);
  };
  return {
    saveBinding: async (binding) => writeTransaction(ctx, () => save(binding)),
    async findBinding(platform, workspace, channel) {
      return read(ctx, () =>
        // The workspace's length makes the key unambiguous whatever characters the ids hold.
        byChannel.get(`${platform}:${workspace.length}:${workspace}:${channel}`, () => {
          const row = one.get(platform, workspace, channel);
          const binding = row && parse(row);
          return binding && Object.freeze(binding);
        }),
      );
    },
    async listBindings(roundId) {
      const rows = read(ctx, () => (roundId === undefined ? all.all() : ofRound.all(roundId)));
      return rows.flatMap((row) => parse(row) ?? []);
    },
    async markBindingBroken(platform, workspace, channel, reason, at) {
      writeTransaction(ctx, () => {
        const row = one.get(platform, workspace, channel);
        const binding = row && parse(row);
        if (binding) save({ ...binding, broken: { reason, at } });
      });
    },
  };
}

function rowKey(row: BindingRow): string {
  return `${row.platform}/${row.workspace}/${row.channel}`;
}
