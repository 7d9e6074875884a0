// MongoDB's error codes in the store's terms.
import { MongoServerError } from "mongodb";
import { errorMessage } from "../../logging/error-message.ts";
import { StoreError } from "../port.ts";

export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}

/** The URI without user name and password, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//***@");
}

export function unavailable(uri: string, error: unknown): StoreError {
  const reason = errorMessage(error);
  return new StoreError(
    "store_unavailable",
    `Cannot reach MongoDB at ${redactUri(uri)}: ${reason}. Check MONGODB_URI and that the server is running, ` +
      `or unset MONGODB_URI to use the embedded store in DATA_DIR. / Når inte MongoDB på ${redactUri(uri)}: ` +
      `${reason}. Kontrollera MONGODB_URI och att servern är igång, eller ta bort MONGODB_URI för att använda ` +
      "den inbyggda lagringen i DATA_DIR.",
    { cause: error },
  );
}
