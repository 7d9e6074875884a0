// Starts the whole bot with startApp on a fresh data dir, the playground on and the cron off: the
// reminder service ticks when the playground's clock moves, as it does for a person trying it out.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Playground } from "../../src/adapters/playground/create-playground.ts";
import { startApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import type { Round } from "../../src/domain/round.ts";
import { silentLogger } from "../../src/logging/logger.ts";
import type { Store } from "../../src/store/port.ts";

export interface PlaygroundApp {
  baseUrl: string;
  store: Store;
  round: Round;
  playground: Playground;
  stop(): Promise<void>;
}

export async function startPlaygroundApp(extraEnv: Record<string, string> = {}): Promise<PlaygroundApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "modellbot-playground-"));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: "0",
    PLAYGROUND: "on",
    SCHEDULER: "off",
    ...extraEnv,
  });
  const app = await startApp(config, silentLogger);
  const [round] = await app.store.listRounds();
  if (!round || !app.playground)
    throw new Error("startApp did not import the example round or mount the playground");
  return {
    baseUrl: `http://127.0.0.1:${app.port}`,
    store: app.store,
    round,
    playground: app.playground,
    async stop() {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
