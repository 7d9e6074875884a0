// MongoDB's error codes in the store's terms.
import { MongoServerError } from "mongodb";
import { inBothLanguages } from "../../domain/locale.ts";
import { errorMessage } from "../../logging/error-message.ts";
import { StoreError } from "../port.ts";
import { STORE_TEXTS } from "../store-texts.ts";

export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}

/** The URI without user name and password, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}

export function unavailable(uri: string, error: unknown): StoreError {
  const reason = errorMessage(error);
  const message = inBothLanguages(STORE_TEXTS, (t) => t.mongoUnreachable(redactUri(uri), reason), "en");
  return new StoreError("store_unavailable", message, { cause: error });
}
