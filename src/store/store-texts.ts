// What an operator reads when a store cannot be used, in English and Swedish: what happened and what to do.
import type { Locale } from "../domain/round.ts";

export interface StoreStrings {
  /** `uri` without user name and password. */
  mongoUnreachable: (uri: string, reason: string) => string;
}

const sv: StoreStrings = {
  mongoUnreachable: (uri, reason) =>
    `Når inte MongoDB på ${uri}: ${reason}. Kontrollera MONGODB_URI och att servern är igång, eller ta bort ` +
    "MONGODB_URI för att använda den inbyggda lagringen i DATA_DIR.",
};

const en: StoreStrings = {
  mongoUnreachable: (uri, reason) =>
    `Cannot reach MongoDB at ${uri}: ${reason}. Check MONGODB_URI and that the server is running, or unset ` +
    "MONGODB_URI to use the embedded store in DATA_DIR.",
};

/**
 * Both catalogues, for inBothLanguages (src/domain/locale.ts): a store's message is read by whoever runs
 * the bot, in no known language; English first, like the embedded store's (src/store/embedded/messages.ts).
 */
export const STORE_TEXTS: Readonly<Record<Locale, StoreStrings>> = { sv, en };
