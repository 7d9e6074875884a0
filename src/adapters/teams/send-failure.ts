// What a failed call to the Bot Connector means for the message: retry later, never, or not blindly.
import { NotHandedOff } from "../../delivery/sender-port.ts";

export type SendFailure =
  /** Throttled or a gateway hiccup: the post did not happen; try again after `retryAfterMs` if given. */
  | { kind: "retry"; retryAfterMs: number | undefined; error: string }
  /** 403 (bot removed or blocked) or 404 (conversation gone): it will not work until someone acts. */
  | { kind: "permanent"; error: string }
  /** No answer after the request went out: it may have been posted. Never resend blindly. */
  | { kind: "ambiguous"; error: string }
  /** The bot's token could not be had: nothing left; every post fails so until the endpoint is back. */
  | { kind: "unavailable"; error: string }
  | { kind: "failed"; error: string };

/** Refused before the post was made: safe to send again after a wait. */
const RETRY_STATUSES = new Set([412, 429, 502, 503]);
/**
 * The connector may have created the post and failed answering (measured: a 500 or 504 after creating
 * it): never resent at once. The scheduler gives a reminder one more try after a delay (README).
 */
const UNKNOWN_STATUSES = new Set([500, 504]);
/** 401 (the bot's credentials), 403 (removed, blocked), 404 (conversation gone), 413 (too large). */
const PERMANENT_STATUSES = new Set([401, 403, 404, 413]);
/** Connection errors that mean the request never left. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

interface ErrorShape {
  statusCode?: number;
  code?: string;
  message?: string;
  /** ConnectorHttpError (send-once-http-client.ts) carries the answer's headers itself. */
  headers?: { get?(name: string): string | undefined };
  response?: { status?: number; headers?: { get?(name: string): string | undefined } };
}

function tokenFailure(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if ((current as { code?: unknown }).code === "ETOKENUNAVAILABLE") return current;
    current = current.cause;
  }
  return undefined;
}

export function classifySendFailure(error: unknown): SendFailure {
  const token = tokenFailure(error);
  if (token) return { kind: "unavailable", error: token.message };
  if (error instanceof NotHandedOff) return { kind: "failed", error: "taken by another instance" };
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorShape;
  const status = e.statusCode ?? e.response?.status;
  const text = status ? `HTTP ${status}` : `${e.code ?? "error"}: ${e.message ?? String(error)}`;
  if (status !== undefined && RETRY_STATUSES.has(status)) {
    return {
      kind: "retry",
      retryAfterMs: retryAfterMs((e.headers ?? e.response?.headers)?.get?.("retry-after")),
      error: text,
    };
  }
  if (status !== undefined && PERMANENT_STATUSES.has(status)) return { kind: "permanent", error: text };
  if (status !== undefined && UNKNOWN_STATUSES.has(status)) return { kind: "ambiguous", error: text };
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
