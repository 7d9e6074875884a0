// The playground has no login: it answers only this machine. Besides the caller's address, the Host header
// must name a loopback host (a DNS-rebinding page cannot reach it), and a browser's cross-site POST is refused.
import type { IncomingMessage, ServerResponse } from "node:http";
import { inBothLanguages } from "../../domain/locale.ts";
import type { RouteHandler } from "../../server/route.ts";
import { PLAYGROUND_TEXTS } from "./playground-texts.ts";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function hostName(host: string): string {
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  return host.split(":")[0] ?? "";
}

/** Why the request is refused, or undefined when it comes from this machine's own page. */
export function refusal(req: IncomingMessage): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress))
    return inBothLanguages(PLAYGROUND_TEXTS, (t) => t.notThisMachine);
  if (!LOOPBACK_NAMES.has(hostName(req.headers.host ?? "").toLowerCase()))
    return inBothLanguages(PLAYGROUND_TEXTS, (t) => t.hostNotLocalhost);
  if (req.method === "POST" && req.headers["sec-fetch-site"] === "cross-site")
    return inBothLanguages(PLAYGROUND_TEXTS, (t) => t.crossSite);
  const origin = req.headers.origin;
  if (req.method === "POST" && origin !== undefined && !isLoopbackOrigin(origin))
    return inBothLanguages(PLAYGROUND_TEXTS, (t) => t.foreignOrigin);
  return undefined;
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    return LOOPBACK_NAMES.has(new URL(origin).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export function loopbackOnly(handler: RouteHandler): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const why = refusal(req);
    if (why) {
      res
        .writeHead(403, { "content-type": "text/plain; charset=utf-8" })
        .end(`${inBothLanguages(PLAYGROUND_TEXTS, (t) => t.forbidden)}: ${why}`);
      return;
    }
    await handler(req, res);
  };
}
