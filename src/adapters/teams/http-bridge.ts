// node:http ⇄ the express-like request and response that CloudAdapter.process expects. botbuilder relies
// on a body parser having run, so the body is read and parsed here, with a size limit.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readJsonBody } from "../../server/json-body.ts";

/** Bot Framework activities are far smaller; a card submission stays under 28 KB. */
const MAX_BODY_BYTES = 1_000_000;

export type BodyResult = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 };

/** An activity: a JSON object (src/server/json-body.ts reads it). */
export async function readActivityBody(req: IncomingMessage): Promise<BodyResult> {
  const read = await readJsonBody(req, { maxBytes: MAX_BODY_BYTES });
  if (!read.ok) return { ok: false, status: read.status === 413 ? 413 : 400 };
  const body = read.value;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, status: 400 };
  return { ok: true, body: body as Record<string, unknown> };
}

export function expressLikeRequest(req: IncomingMessage, body: Record<string, unknown>) {
  return { method: req.method ?? "POST", headers: req.headers, body };
}

/** Collects status, headers and body, and writes them once on `end()`. */
export function expressLikeResponse(res: ServerResponse) {
  let status = 200;
  let payload: unknown;
  const headers: Record<string, string> = {};
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
    },
    header(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    send(body: unknown) {
      payload = body;
    },
    end() {
      if (res.writableEnded) return;
      res.statusCode = status;
      if (payload !== undefined) {
        const type =
          typeof payload === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
        res.setHeader("content-type", type);
      }
      for (const name in headers) res.setHeader(name, headers[name] as string);
      // Headers set, not written (no writeHead): end() then knows the length and sends head and body in
      // one write, where a head written first makes the body a chunked stream of several writes.
      if (payload === undefined) return void res.end();
      res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    },
  };
}

export function respond(res: ServerResponse, status: number): void {
  res.writeHead(status).end();
}
