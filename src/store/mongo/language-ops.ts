// Each person's own choice of language, by e-mail address.
import type { LanguageOps } from "../port.ts";
import { COLLECTIONS, collection, type MongoContext } from "./context.ts";

interface LanguageDocument {
  email: string;
  language: string;
  at: string;
}

export function languageOps(ctx: MongoContext): LanguageOps {
  const languages = collection<LanguageDocument>(ctx, COLLECTIONS.languages);
  return {
    async setLanguage(email, language, at) {
      if (!language) await languages.deleteOne({ email });
      else await languages.replaceOne({ email }, { email, language, at }, { upsert: true });
    },
    async getLanguage(email) {
      const found = await languages.findOne({ email });
      return found?.language === "sv" || found?.language === "en" ? found.language : undefined;
    },
  };
}
