// The playground's wire format: a small JSON body in (read by src/server/json-body.ts), JSON out.
import type { IncomingMessage, ServerResponse } from "node:http";
import { inBothLanguages } from "../../domain/locale.ts";
import { type JsonBody, readJsonBody } from "../../server/json-body.ts";
import { PLAYGROUND_TEXTS } from "./playground-texts.ts";

const MAX_BODY_BYTES = 256 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

export async function readPlaygroundBody(req: IncomingMessage): Promise<BodyResult> {
  const read = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES, requireJsonType: true });
  if (read.ok) return read;
  return { ok: false, status: read.status, message: problemMessage(read) };
}

function problemMessage(read: Exclude<JsonBody, { ok: true }>): string {
  switch (read.problem) {
    case "not-json":
      return inBothLanguages(PLAYGROUND_TEXTS, (t) => t.notJson);
    case "too-large":
      return inBothLanguages(PLAYGROUND_TEXTS, (t) => t.tooLarge);
    case "invalid-json":
      return `${inBothLanguages(PLAYGROUND_TEXTS, (t) => t.invalidJson)}: ${read.detail}`;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
    .end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}
