// Child: the bare Teams baseline. A CloudAdapter without an app id, mounted through the same node:http
// bridge as the bot's, whose handler only answers the invoke with an empty 200.
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
import { serveParent } from "./child-protocol.ts";

await serveParent(async () => {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const route: Route = {
    method: "POST",
    path: "/api/messages",
    handler: async (req, res) => {
      const body = await readActivityBody(req);
      if (!body.ok) return respond(res, body.status);
      await adapter.process(expressLikeRequest(req, body.body), expressLikeResponse(res), async (context) => {
        // An invoke needs an invoke response, or botbuilder answers 501.
        await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: {} } });
      });
    },
  };
  const http = createHttpServer([route], createLogger("info"));
  const port = await http.listen(0, "127.0.0.1");
  return { port, storedVersions: async () => 0, stop: () => http.close() };
});
