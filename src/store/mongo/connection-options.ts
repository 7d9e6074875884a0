// Our defaults for the driver, each only where the connection string says nothing: options passed to
// MongoClient beat the URI's, so `…?retryWrites=false&w=1` (Cosmos DB needs retrywrites=false) would
// otherwise still send retryable majority writes.
import type { MongoClientOptions } from "mongodb";

/** The URI's query option names, lower-cased: the driver reads them case-insensitively too. */
export function uriOptionNames(uri: string): Set<string> {
  const query = uri.split("?")[1]?.split("#")[0] ?? "";
  return new Set([...new URLSearchParams(query).keys()].map((name) => name.toLowerCase()));
}

/** Any of these in the URI makes it the write concern: ours would replace it whole. */
const WRITE_CONCERN_OPTIONS = ["w", "journal", "wtimeoutms"];

export function defaultClientOptions(uri: string): MongoClientOptions {
  const named = uriOptionNames(uri);
  const uriWriteConcern = WRITE_CONCERN_OPTIONS.some((name) => named.has(name));
  return {
    // A write is acknowledged once a majority of the replica set has it: "saved" survives a failover.
    ...(uriWriteConcern ? {} : { writeConcern: { w: "majority" } }),
    ...(named.has("retrywrites") ? {} : { retryWrites: true }),
    ignoreUndefined: true,
  };
}
