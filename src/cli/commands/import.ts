// `import FILE [--checklists DIR]…`: loads a round file into the store (DATA_DIR, or MongoDB when
// MONGODB_URI is set). Importing the same file again changes nothing; a changed file updates the round
// and leaves self-assessments and PDSA history as they are.
import { openStore } from "../../store/open-store.ts";
import { StoreError } from "../../store/port.ts";
import { cliStrings, commandUsage } from "../cli-strings.ts";
import type { CliCommand } from "../io.ts";
import { storeLocation } from "../store-location.ts";
import { cliLocale, loadRoundForCli, parseRoundArgs } from "./validate.ts";

export const importCommand: CliCommand = async (args, io) => {
  const text = cliStrings(cliLocale(io)).import;
  const parsed = parseRoundArgs(args, []);
  if (!parsed) {
    io.err(commandUsage(cliLocale(io), "import"));
    return 2;
  }
  const loaded = await loadRoundForCli(parsed, io);
  if (!loaded.ok) return 2;
  const { dataDir, mongodbUri, where } = storeLocation(io);
  try {
    const store = await openStore({ dataDir, mongodbUri });
    try {
      const { changed } = await store.saveRound(loaded.round);
      io.out(changed ? text.imported(loaded.round, where) : text.unchanged(loaded.round, where));
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.err(error.message);
    return 1;
  }
  return 0;
};
