// Child: the bare Teams SDK baselines. An App without an app id, mounted through the same route adapter and
// body reader as the bot's (src/adapters/teams/sdk/), with one middleware and nothing else of ours
// (bare-work.ts says what BENCH_BARE picks):
// - ack: the middleware only answers the invoke with an empty 200 (the framework floor);
// - equal: it writes the submitted card data as one durable row, then answers the invoke with the card
//   the whole stack answered (the same bytes).
import { App } from "@microsoft/teams.apps";
import { readActivityBody as readJsonBody, respond } from "../../src/adapters/teams/http-bridge.ts";
import { RouteAdapter } from "../../src/adapters/teams/sdk/route-adapter.ts";
import { sdkLogger } from "../../src/adapters/teams/sdk/sdk-logger.ts";
import { createLogger } from "../../src/logging/logger.ts";
import { createHttpServer } from "../../src/server/http-server.ts";
import type { Route } from "../../src/server/route.ts";
import { capturedBody, durableWriter } from "./bare-work.ts";
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
  const answer = capturedBody() ?? {};
  const writer = durableWriter();
  app.use(async ({ activity }) => {
    if (writer && activity.type === "invoke")
      writer.write(activity.id ?? "", (activity.value as { action?: unknown } | undefined)?.action);
    return { status: 200, body: answer };
  });
  await app.initialize();
  const route: Route = {
    method: "POST",
    path: "/api/messages",
    handler: async (req, res) => {
      const body = await readJsonBody(req);
      if (!body.ok) return respond(res, body.status);
      const reply = await adapter.handle({
        body: body.body,
        headers: req.headers as Record<string, string>,
      });
      res.statusCode = reply.status;
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(JSON.stringify(reply.body ?? {}));
    },
  };
  const http = createHttpServer([route], logger);
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
