// Child: the bare Teams SDK baseline. An App without an app id, mounted through the same route adapter and
// body reader as the bot's (src/adapters/teams/sdk/), whose handler only answers the invoke with an empty 200.
import { App } from "@microsoft/teams.apps";
import { readActivityBody as readJsonBody, respond } from "../../src/adapters/teams/http-bridge.ts";
import { RouteAdapter } from "../../src/adapters/teams/sdk/route-adapter.ts";
import { sdkLogger } from "../../src/adapters/teams/sdk/sdk-logger.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { createHttpServer } from "../../src/server/http-server.ts";
import type { Route } from "../../src/server/route.ts";
import { serveParent } from "./child-protocol.ts";

await serveParent(async () => {
  const logger = createLogger("info");
  const adapter = new RouteAdapter("/api/messages");
  const app = new App({
    clientId: "",
    dangerouslyAllowUnauthenticatedRequests: true,
    httpServerAdapter: adapter,
    logger: sdkLogger(logger),
  });
  app.use(async () => ({ status: 200, body: {} }));
  await app.initialize();
  const route: Route = {
    method: "POST",
    path: "/api/messages",
    handler: async (req, res) => {
      const body = await readJsonBody(req);
      if (!body.ok) return respond(res, body.status);
      const answer = await adapter.handle({
        body: body.body,
        headers: req.headers as Record<string, string>,
      });
      res.statusCode = answer.status;
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(JSON.stringify(answer.body ?? {}));
    },
  };
  const http = createHttpServer([route], logger);
  const port = await http.listen(0, "127.0.0.1");
  return { port, storedVersions: async () => 0, stop: () => http.close() };
});
