// Child: the bare Slack baselines. The same Bolt App and HTTPReceiver, mounted the same way on the bot's own
// HTTP server, with one middleware and nothing else of ours (bare-work.ts says what BENCH_BARE picks):
// - ack: the middleware only calls ack(), what Bolt costs before any of our work (the framework floor);
// - equal: it acks with the card the whole stack answered (the same bytes), and a view_submission first
//   writes the submitted state as one durable row, as the bot cannot do less.
import { App, HTTPReceiver } from "@slack/bolt";
import { toBoltLogger } from "../../src/adapters/slack/logger.ts";
import { SLACK_EVENTS_PATH, slackEventsRoute } from "../../src/adapters/slack/slack-route.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { createHttpServer } from "../../src/server/http-server.ts";
import { capturedBody, durableWriter } from "./bare-work.ts";
import { serveParent } from "./child-protocol.ts";

/** Bolt's ack() takes the answer's JSON; the captured answer is such a JSON object. */
type Ack = (answer?: unknown) => Promise<void>;

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
  const answer = capturedBody();
  const writer = durableWriter();
  app.use(async (args) => {
    if (!("ack" in args) || typeof args.ack !== "function") return;
    const body = args.body as { type?: string; view?: { id?: string; hash?: string; state?: unknown } };
    if (writer && body.type === "view_submission")
      writer.write(`${body.view?.id}:${body.view?.hash}`, body.view?.state);
    await (args.ack as Ack)(answer);
  });
  const http = createHttpServer([slackEventsRoute(receiver, logger)], logger);
  const port = await http.listen(0, "127.0.0.1");
  return {
    port,
    storedVersions: async () => writer?.count() ?? 0,
    stop: async () => {
      await http.close();
      writer?.close();
    },
  };
});
