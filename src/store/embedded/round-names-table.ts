// The names each stored round's file gives (domain/round-names.ts), one indexed row each, rewritten in the
// round's own save transaction: a request finds its round and organisation by one of them with one read.
import type { Database } from "better-sqlite3";
import type { Round } from "../../domain/round.ts";
import { ROUND_NAMES_VERSION, type RoundNameHit, roundNames } from "../../domain/round-names.ts";
import { type InvalidRecordSink, readJsonRecord, roundRecord } from "../records.ts";

/** The project managers' and the workspaces' names have no organisation: '' here, absent in a hit. */
const NO_ORGANISATION = "";

/** Migration 10: the names, and which definition of them (ROUND_NAMES_VERSION) they were indexed by. */
export const ROUND_NAMES_TABLES = `
  CREATE TABLE round_names (
    key TEXT NOT NULL, round_id TEXT NOT NULL, organisation_id TEXT NOT NULL,
    PRIMARY KEY (key, round_id, organisation_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX round_names_by_round ON round_names (round_id);
  CREATE TABLE round_names_version (version INTEGER NOT NULL) STRICT;`;

interface HitRow {
  round_id: string;
  organisation_id: string;
}

export function roundNamesTable(db: Database) {
  const drop = db.prepare<[string]>("DELETE FROM round_names WHERE round_id = ?");
  const insert = db.prepare<[string, string, string]>(
    "INSERT INTO round_names (key, round_id, organisation_id) VALUES (?, ?, ?)",
  );
  const find = db.prepare<[string], HitRow>(
    "SELECT round_id, organisation_id FROM round_names WHERE key = ?",
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

/**
 * At open: a file whose names were indexed by another definition (or never, as one from before
 * migration 10) gets every round's names again, in one transaction; two processes opening it at once do
 * it once. A round that no longer reads is reported and names nothing.
 */
export function indexRoundNames(db: Database, report: InvalidRecordSink): void {
  const version = db.prepare<[], number>("SELECT version FROM round_names_version").pluck();
  const rounds = db.prepare<[], { id: string; doc: string }>("SELECT id, doc FROM rounds");
  const names = roundNamesTable(db);
  // Most opens find the names current: no write lock is taken for them.
  if (version.get() === ROUND_NAMES_VERSION) return;
  db.transaction(() => {
    if (version.get() === ROUND_NAMES_VERSION) return;
    db.exec("DELETE FROM round_names; DELETE FROM round_names_version;");
    for (const row of rounds.all()) {
      const round = readJsonRecord(roundRecord, row.doc, { table: "rounds", key: `id ${row.id}` }, report);
      if (round) names.write(round);
    }
    db.prepare<[number]>("INSERT INTO round_names_version (version) VALUES (?)").run(ROUND_NAMES_VERSION);
  }).immediate();
}
