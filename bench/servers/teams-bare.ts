// Child: the bare botbuilder baselines. A CloudAdapter without an app id, mounted through the same
// node:http bridge as the bot's (bare-work.ts says what BENCH_BARE picks):
// - ack: the handler only answers the invoke with an empty 200 (the framework floor);
// - equal: it writes the submitted card data as one durable row, then answers the invoke with the card
//   the whole stack answered (the same bytes).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import {
  expressLikeRequest,
  expressLikeResponse,
  readActivityBody,
  respond,
} from "../../src/adapters/teams/http-bridge.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { createHttpServer } from "../../src/server/http-server.ts";
import type { Route } from "../../src/server/route.ts";
import { capturedBody, durableWriter } from "./bare-work.ts";
import { serveParent } from "./child-protocol.ts";

await serveParent(async () => {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const answer = capturedBody() ?? {};
  const writer = durableWriter();
  const route: Route = {
    method: "POST",
    path: "/api/messages",
    handler: async (req, res) => {
      const body = await readActivityBody(req);
      if (!body.ok) return respond(res, body.status);
      await adapter.process(expressLikeRequest(req, body.body), expressLikeResponse(res), async (context) => {
        const { activity } = context;
        if (writer && activity.type === "invoke")
          writer.write(activity.id ?? "", (activity.value as { action?: unknown } | undefined)?.action);
        // An invoke needs an invoke response, or botbuilder answers 501.
        await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: answer } });
      });
    },
  };
  const http = createHttpServer([route], createLogger("info"));
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
