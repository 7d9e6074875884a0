// Sends requests to the bot the way Slack does: v0 HMAC-SHA256 signature over `v0:<timestamp>:<body>`.
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret-8f2c";

export interface SlackResponse {
  status: number;
  body: string;
  json(): unknown;
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replaces the computed signature. */
  signature?: string;
  /** Leaves out the signature headers. */
  unsigned?: boolean;
  headers?: Record<string, string>;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export async function sendToSlackRoute(
  url: string,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": contentType, ...options.headers };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = options.signature ?? sign(SIGNING_SECRET, timestamp, body);
  }
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, body: text, json: () => JSON.parse(text) };
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

/** Interactivity arrives as a form with one field, `payload`, holding JSON. */
export function payloadForm(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
