// Reading a small JSON body and answering JSON: the playground's only wire format.
import type { IncomingMessage, ServerResponse } from "node:http";

const MAX_BODY_BYTES = 256 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

export async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const type = req.headers["content-type"] ?? "";
  // Requiring JSON also keeps plain HTML forms on other sites from posting here.
  if (!type.toLowerCase().startsWith("application/json")) {
    return {
      ok: false,
      status: 415,
      message: "skicka innehållet som application/json / send the body as application/json",
    };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      return { ok: false, status: 413, message: "innehållet är för stort / the body is too large" };
    chunks.push(buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch (error) {
    return {
      ok: false,
      status: 400,
      message: `innehållet är inte giltig JSON / the body is not valid JSON: ${(error as Error).message}`,
    };
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
