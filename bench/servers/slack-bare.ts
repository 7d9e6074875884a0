// Child: the bare Slack baseline. The same Bolt App and HTTPReceiver, mounted the same way on the bot's own
// HTTP server, with one middleware that only calls ack(): what Bolt costs before any of our work.
import { App, HTTPReceiver } from "@slack/bolt";
import { toBoltLogger } from "../../src/adapters/slack/logger.ts";
import { SLACK_EVENTS_PATH, slackEventsRoute } from "../../src/adapters/slack/slack-route.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { createHttpServer } from "../../src/server/http-server.ts";
import { serveParent } from "./child-protocol.ts";

await serveParent(async () => {
  const logger = createLogger("info");
  const boltLogger = toBoltLogger(logger);
  const signingSecret = process.env.SLACK_SIGNING_SECRET ?? "";
  const receiver = new HTTPReceiver({ signingSecret, endpoints: SLACK_EVENTS_PATH, logger: boltLogger });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN ?? "" }),
    convoStore: false,
    ignoreSelf: false,
    logger: boltLogger,
  });
  app.use(async (args) => {
    if ("ack" in args && typeof args.ack === "function") await args.ack();
  });
  const http = createHttpServer([slackEventsRoute(receiver, logger)], logger);
  const port = await http.listen(0, "127.0.0.1");
  return { port, storedVersions: async () => 0, stop: () => http.close() };
});
