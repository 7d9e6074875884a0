// One node:http server for every endpoint. Unknown paths get 404; a handler that throws gets 500 and a
// log line, never a crash; close() stops accepting and waits for requests in flight.
import { createServer, type Server } from "node:http";
import type { Logger } from "../logging/logger.ts";
import type { Route } from "./route.ts";

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export function createHttpServer(routes: Route[], logger: Logger): HttpServer {
  const table = new Map(routes.map((r) => [`${r.method} ${r.path}`, r.handler]));
  const below = routes.filter((r) => r.prefix);
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handler =
      table.get(`${req.method} ${path}`) ??
      below.find((r) => r.method === req.method && path.startsWith(`${r.path}/`))?.handler;
    if (!handler) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    handler(req, res).catch((error: unknown) => {
      logger.error("http.handler_failed", { path, err: error });
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
