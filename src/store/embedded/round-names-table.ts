// The names each stored round's file gives (domain/round-names.ts), one indexed row each, rewritten in the
// round's own save transaction: a request finds its round and organisation by one of them with one read.
import type { Database } from "better-sqlite3";
import type { Round } from "../../domain/round.ts";
import { type RoundNameHit, roundNames } from "../../domain/round-names.ts";

/** The project managers' names have no organisation: '' here, absent in a hit. */
const NO_ORGANISATION = "";

export const ROUND_NAMES_TABLE = `
  CREATE TABLE round_names (
    key TEXT NOT NULL, round_id TEXT NOT NULL, organisation_id TEXT NOT NULL,
    PRIMARY KEY (key, round_id, organisation_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX round_names_by_round ON round_names (round_id);`;

interface HitRow {
  round_id: string;
  organisation_id: string;
}

export function roundNamesTable(db: Database) {
  const drop = db.prepare<[string]>("DELETE FROM round_names WHERE round_id = ?");
  const insert = db.prepare<[string, string, string]>(
    "INSERT OR IGNORE INTO round_names (key, round_id, organisation_id) VALUES (?, ?, ?)",
  );
  const find = db.prepare<[string], HitRow>(
    "SELECT round_id, organisation_id FROM round_names WHERE key = ? ORDER BY round_id, organisation_id",
  );
  return {
    /** Inside the transaction that saves `round`. */
    write(round: Round): void {
      drop.run(round.id);
      for (const name of roundNames(round))
        insert.run(name.key, round.id, name.organisationId ?? NO_ORGANISATION);
    },
    find(key: string): RoundNameHit[] {
      return find
        .all(key)
        .map((row) =>
          row.organisation_id === NO_ORGANISATION
            ? { roundId: row.round_id }
            : { roundId: row.round_id, organisationId: row.organisation_id },
        );
    },
  };
}
