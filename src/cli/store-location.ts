// Where the CLI's store lives, from the same variables the bot reads (DATA_DIR, MONGODB_URI).
import { join, resolve } from "node:path";
import { DEFAULT_DATA_DIR } from "../config.ts";
import { DATA_FILE_NAME } from "../store/embedded/open-embedded-store.ts";
import { redactUri } from "../store/mongo/mongo-errors.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/port.ts";
import type { CliIo } from "./io.ts";

export interface StoreLocation {
  dataDir: string;
  mongodbUri: string | undefined;
  /** For messages: the file, or the MongoDB URI without its password. */
  where: string;
}

export function storeLocation(io: CliIo): StoreLocation {
  const dataDir = resolve(io.cwd, io.env.DATA_DIR || DEFAULT_DATA_DIR);
  const mongodbUri = io.env.MONGODB_URI || undefined;
  const where = mongodbUri ? `MongoDB ${redactUri(mongodbUri)}` : join(dataDir, DATA_FILE_NAME);
  return { dataDir, mongodbUri, where };
}

/** Runs `work` on the store the bot uses, and closes it however `work` ends. */
export async function withStore<T>(io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(io));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
