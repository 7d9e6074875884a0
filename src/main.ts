// The process: read the config once, start the app, stop cleanly on SIGTERM/SIGINT.

import { startApp } from "./app.ts";
import { type Config, ConfigError, loadConfig, processEnvironment } from "./config.ts";
import { errorMessage } from "./logging/error-message.ts";
import { createLogger } from "./logging/logger.ts";

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(processEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.env.LOG_LEVEL);
  const app = await startApp(config, logger);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("app.stopping", { signal });
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("app.stop_failed", { err: error });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Modellbot could not start: ${errorMessage(error)}\n`);
  // The same failure with its stack and cause, for whoever reads the logs.
  createLogger("error").error("app.start_failed", { err: error });
  process.exit(1);
});
