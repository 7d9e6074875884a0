// What a failed call to the Bot Connector means for the message: retry later, never, or not blindly.

export type SendFailure =
  /** Throttled or a gateway hiccup: the post did not happen; try again after `retryAfterMs` if given. */
  | { kind: "retry"; retryAfterMs: number | undefined; error: string }
  /** 403 (bot removed or blocked) or 404 (conversation gone): it will not work until someone acts. */
  | { kind: "permanent"; error: string }
  /** No answer after the request went out: it may have been posted. Never resend blindly. */
  | { kind: "ambiguous"; error: string }
  | { kind: "failed"; error: string };

const RETRY_STATUSES = new Set([412, 429, 502, 504]);
const PERMANENT_STATUSES = new Set([403, 404]);
/** Connection errors that mean the request never left. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

interface ErrorShape {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { status?: number; headers?: { get?(name: string): string | undefined } };
}

export function classifySendFailure(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorShape;
  const status = e.statusCode ?? e.response?.status;
  const text = status ? `HTTP ${status}` : `${e.code ?? "error"}: ${e.message ?? String(error)}`;
  if (status !== undefined && RETRY_STATUSES.has(status)) {
    return {
      kind: "retry",
      retryAfterMs: retryAfterMs(e.response?.headers?.get?.("retry-after")),
      error: text,
    };
  }
  if (status !== undefined && PERMANENT_STATUSES.has(status)) return { kind: "permanent", error: text };
  if (status !== undefined) return { kind: "failed", error: text };
  if (e.code && NOT_SENT_CODES.has(e.code)) return { kind: "retry", retryAfterMs: undefined, error: text };
  return { kind: "ambiguous", error: text };
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
