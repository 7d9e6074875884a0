// Picks the store: MongoDB when a URI is given, else the embedded store in the data directory.
import { openEmbeddedStore } from "./embedded/open-embedded-store.ts";
import { openMongoStore } from "./mongo/open-mongo-store.ts";
import type { Store } from "./port.ts";
import type { InvalidRecordSink } from "./records.ts";

export interface OpenStoreOptions {
  dataDir: string;
  mongodbUri?: string | undefined;
  onInvalidRecord?: InvalidRecordSink | undefined;
}

export function openStore(options: OpenStoreOptions): Promise<Store> {
  const { mongodbUri, onInvalidRecord } = options;
  if (mongodbUri !== undefined && mongodbUri.trim() !== "") {
    return openMongoStore({ uri: mongodbUri, onInvalidRecord });
  }
  return openEmbeddedStore({ dataDir: options.dataDir, onInvalidRecord });
}
