// The embedded schema as a list of forward migrations; PRAGMA user_version records how far a file has come.
import type { Database } from "better-sqlite3";
import { migrateOutboxDocument } from "../legacy-outbox-failure.ts";
import { StoreError } from "../port.ts";
import { newerSchemaMessage } from "./messages.ts";
import { ROUND_NAMES_TABLES } from "./round-names-table.ts";

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

/** Append-only versions with an idempotency key: assessments, PDSA updates, presentation marks, statistics. */
function versionedTable(name: string): string {
  return `
    CREATE TABLE ${name} (
      seq INTEGER PRIMARY KEY,
      round_id TEXT NOT NULL,
      organisation_id TEXT NOT NULL,
      group_key TEXT NOT NULL,
      version INTEGER NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      submitted_at TEXT NOT NULL,
      doc TEXT NOT NULL,
      UNIQUE (round_id, organisation_id, group_key, version)
    ) STRICT;`;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description:
      "rounds, bindings, assessments, PDSA, presentations, outbox, inbound events, scheduler ticks",
    up(db) {
      db.exec(`
        CREATE TABLE rounds (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT;
        CREATE TABLE bindings (
          platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL,
          round_id TEXT NOT NULL, organisation_id TEXT NOT NULL, doc TEXT NOT NULL,
          PRIMARY KEY (platform, workspace, channel)
        ) STRICT;
        CREATE INDEX bindings_by_round ON bindings (round_id);
        ${versionedTable("assessments")}
        ${versionedTable("pdsa_updates")}
        ${versionedTable("presentation_marks")}
        CREATE TABLE outbox (
          key TEXT PRIMARY KEY, round_id TEXT NOT NULL, state TEXT NOT NULL,
          claimed_at TEXT NOT NULL, doc TEXT NOT NULL
        ) STRICT;
        CREATE INDEX outbox_by_round_state ON outbox (round_id, state);
        CREATE TABLE inbound_events (
          event_id TEXT PRIMARY KEY, seen_at TEXT NOT NULL, expires_ms INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX inbound_events_by_expiry ON inbound_events (expires_ms);
        CREATE TABLE scheduler_ticks (
          tick_key TEXT PRIMARY KEY, instance_id TEXT NOT NULL, at TEXT NOT NULL, at_ms INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX scheduler_ticks_by_time ON scheduler_ticks (at_ms);
      `);
    },
  },
  {
    version: 2,
    description: "step 6 statistics reports and manual step overrides",
    up(db) {
      db.exec(`
        ${versionedTable("statistics_reports")}
        CREATE TABLE step_overrides (
          seq INTEGER PRIMARY KEY, round_id TEXT NOT NULL, cluster_id TEXT NOT NULL, doc TEXT NOT NULL
        ) STRICT;
        CREATE INDEX step_overrides_by_cluster ON step_overrides (round_id, cluster_id, seq);
      `);
    },
  },
  {
    version: 3,
    description: "Teams conversation references, kept for every conversation whether bound or not",
    up(db) {
      db.exec(`
        CREATE TABLE conversation_references (
          platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL, doc TEXT NOT NULL,
          PRIMARY KEY (platform, workspace, channel)
        ) STRICT;
      `);
    },
  },
  {
    version: 4,
    description:
      "a latest-version flag on the versioned tables, so the latest of each group is an index read",
    up(db) {
      for (const table of VERSIONED_TABLES) {
        db.exec(`
          ALTER TABLE ${table} ADD COLUMN is_latest INTEGER NOT NULL DEFAULT 0;
          UPDATE ${table} SET is_latest = 1 WHERE version = (
            SELECT MAX(b.version) FROM ${table} b
            WHERE b.round_id = ${table}.round_id AND b.organisation_id = ${table}.organisation_id
              AND b.group_key = ${table}.group_key
          );
          CREATE INDEX ${table}_latest ON ${table} (round_id, is_latest, organisation_id, group_key);
        `);
      }
    },
  },
  {
    version: 5,
    description: "recognised platform accounts and the audit trail of privileged and refused actions",
    up(db) {
      db.exec(`
        CREATE TABLE accounts (
          platform TEXT NOT NULL, workspace TEXT NOT NULL, user_id TEXT NOT NULL, doc TEXT NOT NULL,
          PRIMARY KEY (platform, workspace, user_id)
        ) STRICT;
        CREATE TABLE audit (
          seq INTEGER PRIMARY KEY, round_id TEXT NOT NULL, at TEXT NOT NULL, doc TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_by_round_time ON audit (round_id, at);
      `);
    },
  },
  {
    version: 6,
    description: "each person's own choice of language",
    up(db) {
      db.exec(
        "CREATE TABLE languages (email TEXT PRIMARY KEY, language TEXT NOT NULL, at TEXT NOT NULL) STRICT;",
      );
    },
  },
  {
    version: 7,
    description: "revoked dashboard links",
    up(db) {
      db.exec("CREATE TABLE dashboard_revocations (seq INTEGER PRIMARY KEY, doc TEXT NOT NULL) STRICT;");
    },
  },
  {
    version: 8,
    description:
      "failed outbox entries keep their failure class and attempts as codes, not in the error text",
    up(db) {
      const failed = db.prepare<[], { key: string; doc: string }>(
        "SELECT key, doc FROM outbox WHERE state = 'failed'",
      );
      const update = db.prepare<[string, string]>("UPDATE outbox SET doc = ? WHERE key = ?");
      for (const row of failed.all()) {
        const migrated = migrateOutboxDocument(JSON.parse(row.doc) as Record<string, unknown>);
        if (migrated) update.run(JSON.stringify(migrated), row.key);
      }
    },
  },
  {
    version: 9,
    description: "Slack installations from OAuth, their tokens sealed",
    up(db) {
      db.exec(`
        CREATE TABLE slack_installations (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT;
      `);
    },
  },
  {
    version: 10,
    description:
      "what each round file names (people, workspaces, home channels), indexed for requests; filled at open",
    up(db) {
      db.exec(ROUND_NAMES_TABLES);
    },
  },
];

/** The append-only tables (see versioned-table.ts). */
export const VERSIONED_TABLES = [
  "assessments",
  "pdsa_updates",
  "presentation_marks",
  "statistics_reports",
] as const;

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Brings the file up to `target`, one migration per transaction. Each step re-reads the version
 * under the write lock, so two processes opening an old file at once migrate it once.
 */
export function migrate(db: Database, file: string, target = SCHEMA_VERSION): void {
  const found = schemaVersion(db);
  if (found > SCHEMA_VERSION) {
    throw new StoreError("store_newer_schema", newerSchemaMessage(file, found, SCHEMA_VERSION));
  }
  for (const migration of MIGRATIONS) {
    if (migration.version > target) break;
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
