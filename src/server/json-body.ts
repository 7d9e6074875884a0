// Reading a JSON request body with a size limit: the one reader for every route that takes JSON (the
// playground's API, Teams' activities). Each caller turns a problem into its own answer.
import type { IncomingMessage } from "node:http";

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 415; problem: "not-json" }
  | { ok: false; status: 413; problem: "too-large" }
  | { ok: false; status: 400; problem: "invalid-json"; detail: string };

export interface JsonBodyOptions {
  maxBytes: number;
  /** Refuse a body not sent as application/json (keeps plain HTML forms on other sites from posting). */
  requireJsonType?: boolean | undefined;
}

export function readJsonBody(req: IncomingMessage, options: JsonBodyOptions): Promise<JsonBody> {
  if (
    options.requireJsonType &&
    !(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")
  ) {
    req.resume();
    return Promise.resolve({ ok: false, status: 415, problem: "not-json" });
  }
  // Events, not `for await`: an async iterator costs a promise per chunk, on every request.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= options.maxBytes) return void chunks.push(chunk);
      // The rest of the body is drained unread, so that the 413 reaches the caller.
      req.off("data", onData).off("end", onEnd).resume();
      resolve({ ok: false, status: 413, problem: "too-large" });
    };
    const onEnd = () => resolve(parse(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}

function parse(bytes: Buffer): JsonBody {
  try {
    return { ok: true, value: JSON.parse(bytes.toString("utf8")) };
  } catch (error) {
    return { ok: false, status: 400, problem: "invalid-json", detail: (error as Error).message };
  }
}
