// What a failed Web API call means for a post: retry after a wait, give up for good, or unknown.
import { webApi } from "@slack/bolt";
import { errorMessage } from "../../logging/error-message.ts";

export type PostFailure =
  | { kind: "rate-limited"; retryAfterSeconds: number; error: string }
  /** The bot cannot post here until someone changes something (invite, unarchive, reinstall). */
  | { kind: "permanent"; error: string }
  /** Slack answered and did not post. */
  | { kind: "refused"; error: string }
  /** The connection was never made: nothing reached Slack, so trying again is safe. */
  | { kind: "not-sent"; error: string }
  /** The request may have been posted (timeout, connection reset, server error): never resend blindly. */
  | { kind: "ambiguous"; error: string };

export const PERMANENT_ERRORS: ReadonlySet<string> = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "invalid_auth",
  "token_revoked",
]);

// The connection was never made, so nothing reached Slack.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT_CODES.has(code)) return code;
    current = (current as { original?: unknown }).original ?? current.cause;
  }
  return undefined;
}

export function classifyPostError(error: unknown): PostFailure {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === webApi.ErrorCode.RateLimitedError) {
    const retryAfterSeconds = (error as webApi.WebAPIRateLimitedError).retryAfter;
    return { kind: "rate-limited", retryAfterSeconds, error: "ratelimited" };
  }
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = String((error as webApi.WebAPIPlatformError).data.error);
    return PERMANENT_ERRORS.has(slackError)
      ? { kind: "permanent", error: slackError }
      : { kind: "refused", error: slackError };
  }
  if (code === webApi.ErrorCode.RequestError) {
    const notSent = causeCode(error);
    if (notSent) return { kind: "not-sent", error: notSent };
  }
  return { kind: "ambiguous", error: errorMessage(error) };
}
