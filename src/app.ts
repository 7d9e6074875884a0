// The composition root's body: builds every part from the config, once, and wires them together.
// main.ts adds the process concerns (signals, exit codes); tests start this in-process.
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createSlackAdapter } from "./adapters/slack/create-slack-adapter.ts";
import { createTeamsAdapter } from "./adapters/teams/teams-adapter.ts";
import type { Config } from "./config.ts";
import type { ChannelSender } from "./delivery/sender-port.ts";
import type { Checklist } from "./domain/checklist.ts";
import { Engine } from "./engine/engine.ts";
import type { Logger } from "./logging/logger.ts";
import { BUNDLED_CHECKLIST_DIR, loadChecklists } from "./round-file/checklist-files.ts";
import { loadRoundFile } from "./round-file/load-round-file.ts";
import { healthRoute } from "./server/health.ts";
import { createHttpServer } from "./server/http-server.ts";
import type { Route } from "./server/route.ts";
import { openStore } from "./store/open-store.ts";
import type { Store } from "./store/port.ts";

export const EXAMPLE_ROUND = fileURLToPath(new URL("../examples/round-2027.yaml", import.meta.url));

export interface RunningApp {
  port: number;
  store: Store;
  stop(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const checklistDirs = [
    BUNDLED_CHECKLIST_DIR,
    ...(config.env.CHECKLIST_DIR ? [config.env.CHECKLIST_DIR] : []),
  ];
  const library = await loadChecklists(checklistDirs);
  const store = await openStore({
    dataDir: config.env.DATA_DIR,
    mongodbUri: config.env.MONGODB_URI,
    onInvalidRecord: (description) => logger.warn("store.invalid_record", { description }),
  });
  await importRound(config, store, checklistDirs, logger);
  const checklists: ReadonlyMap<string, Checklist> = library.checklists;
  const engine = new Engine({ store, checklists, newNonce: randomUUID });
  const clock = () => new Date();
  const routes: Route[] = [healthRoute(store, () => ({ scheduler: "off" }))];
  const senders: ChannelSender[] = [];
  const stops: (() => Promise<void>)[] = [];
  if (config.slack) {
    const slack = createSlackAdapter({ ...config.slack, engine, store, clock, logger });
    routes.push(...slack.routes);
    senders.push(slack.sender);
    stops.push(() => slack.stop());
  }
  const teams = createTeamsAdapter({ ...config.teams, engine, store, clock, logger });
  routes.push(...teams.routes);
  senders.push(teams.sender);
  stops.push(() => teams.stop());
  const http = createHttpServer(routes, logger);
  const port = await http.listen(config.env.PORT, config.host);
  logger.info("app.listening", {
    host: config.host,
    port,
    store: config.env.MONGODB_URI ? "mongodb" : "embedded",
  });
  return {
    port,
    store,
    async stop() {
      await http.close();
      for (const stop of stops) await stop();
      await store.close();
      logger.info("app.stopped");
    },
  };
}

/** ROUND_FILE is imported at every start; with none, the example round seeds an empty development store. */
async function importRound(
  config: Config,
  store: Store,
  checklistDirs: string[],
  logger: Logger,
): Promise<void> {
  const file = config.env.ROUND_FILE ?? (config.production ? undefined : EXAMPLE_ROUND);
  if (!file) return;
  if (!config.env.ROUND_FILE && (await store.listRounds()).length > 0) return;
  const loaded = await loadRoundFile(file, { checklistDirs });
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `${e.file}:${e.line}: ${e.path}: ${e.message}`);
    throw new Error(`The round file ${file} has errors:\n${lines.join("\n")}`);
  }
  const { changed } = await store.saveRound(loaded.round);
  logger.info("round.imported", { round: loaded.round.id, file, changed });
}
