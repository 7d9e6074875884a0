// Each person's own choice of language, by e-mail address.
import type { Locale } from "../../domain/round.ts";
import type { LanguageOps } from "../port.ts";
import type { SqliteContext } from "./context.ts";
import { read, writeTransaction } from "./write-transaction.ts";

export function languageOps(ctx: SqliteContext): LanguageOps {
  const upsert = ctx.db.prepare<[string, string, string]>(
    `INSERT INTO languages (email, language, at) VALUES (?, ?, ?)
     ON CONFLICT (email) DO UPDATE SET language = excluded.language, at = excluded.at`,
  );
  const remove = ctx.db.prepare<[string]>("DELETE FROM languages WHERE email = ?");
  const one = ctx.db.prepare<[string], string>("SELECT language FROM languages WHERE email = ?").pluck();
  return {
    async setLanguage(email, language, at) {
      writeTransaction(ctx, () => (language ? upsert.run(email, language, at) : remove.run(email)));
    },
    async getLanguage(email) {
      const found = read(ctx, () => one.get(email));
      return found === "sv" || found === "en" ? (found as Locale) : undefined;
    },
  };
}
