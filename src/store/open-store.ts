// Picks the store: MongoDB when a URI is given, else the embedded store in the data directory. The
// MongoDB driver is loaded only when it is used: a bot on the embedded store never pays for it.
import { openEmbeddedStore } from "./embedded/open-embedded-store.ts";
import type { Store } from "./port.ts";
import type { InvalidRecordSink } from "./records.ts";

export interface OpenStoreOptions {
  dataDir: string;
  mongodbUri?: string | undefined;
  onInvalidRecord?: InvalidRecordSink | undefined;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { mongodbUri, onInvalidRecord } = options;
  if (mongodbUri !== undefined && mongodbUri.trim() !== "") {
    const { openMongoStore } = await import("./mongo/open-mongo-store.ts");
    return openMongoStore({ uri: mongodbUri, onInvalidRecord });
  }
  return openEmbeddedStore({ dataDir: options.dataDir, onInvalidRecord });
}
