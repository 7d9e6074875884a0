// The playground has no login: it answers only this machine. Besides the caller's address, the Host header
// must name a loopback host (a DNS-rebinding page cannot reach it), and a browser's cross-site POST is refused.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteHandler } from "../../server/route.ts";

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
    return "lekplatsen svarar bara den här datorn / the playground answers only this machine";
  if (!LOOPBACK_NAMES.has(hostName(req.headers.host ?? "").toLowerCase()))
    return "Host måste vara localhost / the Host must be localhost";
  if (req.method === "POST" && req.headers["sec-fetch-site"] === "cross-site")
    return "begäran från en annan webbplats / cross-site request";
  const origin = req.headers.origin;
  if (req.method === "POST" && origin !== undefined && !isLoopbackOrigin(origin))
    return "främmande ursprung / foreign origin";
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
        .end(`förbjudet / forbidden: ${why}`);
      return;
    }
    await handler(req, res);
  };
}
