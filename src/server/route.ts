// One node:http server carries every endpoint; each adapter contributes route handlers.
import type { IncomingMessage, ServerResponse } from "node:http";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface Route {
  method: "GET" | "POST";
  /** Exact path, e.g. `/slack/events`, `/api/messages`. */
  path: string;
  /** Also every path below `path` (`/dashboard/cluster/<id>`), when no exact route matches. */
  prefix?: boolean | undefined;
  handler: RouteHandler;
}
