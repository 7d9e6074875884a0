// The HTTP client botbuilder's connector clients send through: each request goes out once, within a
// deadline, and any failure reaches our senders as it happened.
//
// Why: botbuilder's ConnectorClient runs @azure/core-rest-pipeline's default retry policy (3 more tries on
// 429, 5xx and connection resets, even after the post was created, and any Retry-After waited out however
// long); its `noRetryPolicy` option is never read. The retry policy retries only RestErrors and responses,
// so this client, given through the public `httpClient` option of ConnectorClientOptions, answers every
// non-2xx response and every transport failure with an error that is not a RestError: the policy passes it
// on untouched, and send-failure.ts decides (retry after a wait, unknown outcome, final). The sending itself
// is Azure's own Node client (`createDefaultHttpClient`: keep-alive, proxy, decompression).
import {
  type HttpHeadersLike,
  toCompatResponse,
  toHttpHeadersLike,
  type WebResourceLike,
} from "@azure/core-http-compat";
import { createDefaultHttpClient, createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";

/** The Bot Connector answered with a status that is not 2xx. */
export class ConnectorHttpError extends Error {
  override readonly name = "ConnectorHttpError";
  constructor(
    readonly statusCode: number,
    readonly headers: HttpHeadersLike,
  ) {
    super(`Bot Connector answered HTTP ${statusCode}`);
  }
}

/** The request failed without an answer (refused, reset, past the deadline); `code` says how. */
export class ConnectorTransportError extends Error {
  override readonly name = "ConnectorTransportError";
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined, options: { cause: unknown }) {
    super(message, options);
    this.code = code;
  }
}

type Compat = ReturnType<typeof toCompatResponse>;

export interface SendOnceHttpClient {
  sendRequest(request: WebResourceLike): Promise<Compat>;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

export function sendOnceHttpClient(deadlineMs: number): SendOnceHttpClient {
  const inner = createDefaultHttpClient();
  return {
    async sendRequest(request) {
      const deadline = AbortSignal.timeout(deadlineMs);
      const controller = new AbortController();
      const abort = () => controller.abort();
      deadline.addEventListener("abort", abort, { once: true });
      request.abortSignal?.addEventListener("abort", abort);
      const pipelineRequest = createPipelineRequest({
        url: request.url,
        method: request.method,
        headers: createHttpHeaders(request.headers.rawHeaders()),
        body: request.body,
        abortSignal: controller.signal,
        requestId: request.requestId,
        // As botbuilder's own client: plain HTTP only where the service URL says so (the emulator, tests).
        allowInsecureConnection: request.url.toLowerCase().startsWith("http:"),
      });
      let response: Awaited<ReturnType<typeof inner.sendRequest>>;
      try {
        response = await inner.sendRequest(pipelineRequest);
      } catch (error) {
        const code = deadline.aborted ? "ETIMEDOUT" : errorCode(error);
        const what = deadline.aborted ? `no answer within ${deadlineMs} ms` : (error as Error).message;
        throw new ConnectorTransportError(`Bot Connector request failed: ${what}`, code, { cause: error });
      } finally {
        deadline.removeEventListener("abort", abort);
        request.abortSignal?.removeEventListener("abort", abort);
      }
      if (response.status < 200 || response.status > 299) {
        throw new ConnectorHttpError(response.status, toHttpHeadersLike(response.headers));
      }
      return toCompatResponse(response);
    },
  };
}
