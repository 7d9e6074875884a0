// The Teams SDK's HTTP seam (IHttpServerAdapter) on the bot's own node:http server: the App registers its
// messaging endpoint here instead of starting Express, and our POST /api/messages calls that handler with
// the body it has read. The SDK then validates the token and runs the activity, as on its own server.
import type {
  HttpRouteHandler,
  IHttpServerAdapter,
  IHttpServerRequest,
  IHttpServerResponse,
} from "@microsoft/teams.apps";

export class RouteAdapter implements IHttpServerAdapter {
  #handler: HttpRouteHandler | undefined;

  constructor(private readonly path: string) {}

  registerRoute(method: "POST", path: string, handler: HttpRouteHandler): void {
    // Only the messaging endpoint is used; app.function() and tabs are not.
    if (method === "POST" && path === this.path) this.#handler = handler;
  }

  handle(request: IHttpServerRequest): Promise<IHttpServerResponse> {
    if (!this.#handler) throw new Error(`the Teams SDK registered no handler for POST ${this.path}`);
    return this.#handler(request);
  }
}
