// One ConnectorClient per (bot app, service URL, audience), reused across activities. botbuilder builds a
// new client (HTTP pipeline, credentials, token cache) for every activity. The reuse showed no measurable
// gain (docs/machinery-measurements.md); it stays only because each client is tuned once where it is
// cached (see tuneConnectorClient), and both go together once a public retry-free client replaces the tuning.
import type { ConfigurationBotFrameworkAuthentication } from "botbuilder";

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>>;
export type ConnectorFactoryLike = NonNullable<AuthResult["connectorFactory"]>;
export type ConnectorClientLike = Awaited<ReturnType<ConnectorFactoryLike["create"]>>;

interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(
      request: { timeout: number },
      next: (request: { timeout: number }) => Promise<unknown>,
    ): Promise<unknown>;
  }): void;
}

/** Bounded: a bot talks to a handful of service URLs (one per Teams region). */
const MAX_CLIENTS = 64;

export class ConnectorClientCache {
  readonly #clients = new Map<string, Promise<ConnectorClientLike>>();

  constructor(private readonly requestTimeoutMs: number) {}

  wrap(inner: ConnectorFactoryLike, appKey: string): ConnectorFactoryLike {
    return {
      create: (serviceUrl: string, audience?: string) => {
        const key = `${appKey}|${serviceUrl}|${audience ?? ""}`;
        let client = this.#clients.get(key);
        if (!client) {
          if (this.#clients.size >= MAX_CLIENTS) this.#clients.clear();
          client = inner
            .create(serviceUrl, audience)
            .then((c) => tuneConnectorClient(c, this.requestTimeoutMs));
          // A failed creation (credentials) must not stay cached.
          client.catch(() => this.#clients.delete(key));
          this.#clients.set(key, client);
        }
        return client;
      },
    };
  }
}

/**
 * botbuilder's client runs @azure/core-rest-pipeline's default retry policy: 3 more tries on 429, 5xx and
 * connection resets, even after the post was sent, and it waits out any Retry-After however long. The
 * senders retry themselves (bounded, jittered, never after an ambiguous failure), so that policy goes, and
 * a timeout bounds every call. The pipeline is not public API: if it moves, the client is used as it is.
 */
export function tuneConnectorClient(client: ConnectorClientLike, timeoutMs: number): ConnectorClientLike {
  const pipeline = (client as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (pipeline && typeof pipeline.removePolicy === "function") {
    pipeline.removePolicy({ name: "defaultRetryPolicy" });
    pipeline.addPolicy({
      name: "modellbotRequestTimeout",
      sendRequest: (request, next) => {
        if (!request.timeout) request.timeout = timeoutMs;
        return next(request);
      },
    });
  }
  return client;
}

/** Whether the client was tuned: tests check this so that a botbuilder upgrade cannot undo it silently. */
export function isTuned(client: ConnectorClientLike): boolean {
  const pipeline = (
    client as unknown as { client?: { pipeline?: { getOrderedPolicies(): { name: string }[] } } }
  ).client?.pipeline;
  const names = pipeline?.getOrderedPolicies().map((p) => p.name) ?? [];
  return names.includes("modellbotRequestTimeout") && !names.includes("defaultRetryPolicy");
}
