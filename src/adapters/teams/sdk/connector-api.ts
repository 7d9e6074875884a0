// The Bot Connector through the Teams SDK's API client (@microsoft/teams.api), a new one per call (keeping
// one per service URL measured no gain: docs/machinery-measurements.md), with
// the App's own bot token (its TokenManager: MSAL, a managed identity, or the `token` option). A token that
// cannot be had is marked (TokenUnavailableError), so the delivery path knows the post never left; every
// call is bounded by a timeout. The SDK's HTTP client (axios) does not retry, so the senders' retries are
// the only ones.
import { Client as ApiClient } from "@microsoft/teams.api";
import { TokenUnavailableError } from "../token-unavailable.ts";

/** The SDK's HTTP client (teams.common's), as the API client holds it. */
type HttpClient = ApiClient["http"];
type Token = NonNullable<HttpClient["token"]>;

export class ConnectorApi {
  readonly #http: HttpClient;

  /** `appHttp` is the App's API HTTP client (`app.api.http`), which carries the App's bot token. */
  constructor(appHttp: HttpClient, authenticated: boolean, timeoutMs: number) {
    const token = appHttp.token;
    // Without an app id (local development) no token is sent at all, as botbuilder does.
    this.#http = appHttp.clone({
      timeout: timeoutMs,
      token: authenticated && token ? markTokenFailures(token) : undefined,
    });
  }

  /** The client for a service URL as activities carry it (with or without the trailing slash). */
  for(serviceUrl: string): ApiClient {
    return new ApiClient(serviceUrl.replace(/\/+$/, ""), this.#http);
  }
}

function markTokenFailures(token: Token): Token {
  return async (config) => {
    let value: Awaited<ReturnType<Extract<Token, (...args: never[]) => unknown>>> | string;
    try {
      value = typeof token === "function" ? await token(config) : token;
    } catch (error) {
      throw new TokenUnavailableError(`no token for the Bot Connector: ${String(error)}`, { cause: error });
    }
    if (!value) throw new TokenUnavailableError("no token for the Bot Connector: none was given");
    return value;
  };
}
