// node:http ⇄ the express-like request and response that CloudAdapter.process expects. botbuilder relies
// on a body parser having run, so the body is read and parsed here, with a size limit.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Bot Framework activities are far smaller; a card submission stays under 28 KB. */
const MAX_BODY_BYTES = 1_000_000;

export type BodyResult = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 };

export async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413 };
    chunks.push(chunk as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, status: 400 };
    return { ok: true, body: body as Record<string, unknown> };
  } catch {
    return { ok: false, status: 400 };
  }
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
      if (payload === undefined) return void res.writeHead(status, headers).end();
      const text = typeof payload === "string" ? payload : JSON.stringify(payload);
      const type =
        typeof payload === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
      res.writeHead(status, { "content-type": type, ...headers }).end(text);
    },
  };
}

export function respond(res: ServerResponse, status: number): void {
  res.writeHead(status).end();
}
