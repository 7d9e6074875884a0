// Empties every table: the playground's "start over". Done through a connection of its own, so that its
// commit moves PRAGMA data_version for the bot's connection and every kept read is dropped (read-cache.ts).
import { openDatabase } from "./open-database.ts";
import { toStoreError } from "./sqlite-errors.ts";

export function eraseAllTables(file: string): void {
  const db = openDatabase(file);
  try {
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all();
    db.transaction(() => {
      for (const table of tables) db.exec(`DELETE FROM "${table.replaceAll('"', '""')}"`);
    }).immediate();
  } catch (error) {
    throw toStoreError(error, file);
  } finally {
    db.close();
  }
}
