// Requests to login.microsoftonline.com (tokens) and login.botframework.com (signing keys) go to a fake
// login server on 127.0.0.1 (fake-login.ts); to any other host but the
// loopback they are refused. MSAL asks only HTTPS authorities: botbuilder's (msal-node 2) through
// node:https's global agent, routed here with TLS verified against the fake's own certificate; the Teams
// SDK's (msal-node 5) through fetch, rewritten here to the fake's plain-HTTP port (Node's fetch takes no
// other CA without undici's dispatcher). In a test process, call routeLoginHost(); in a child bot, preload
// this file (`node --import`) with LOGIN_ROUTE_PORT, LOGIN_ROUTE_HTTP_PORT and LOGIN_ROUTE_CA (the
// certificate's file) set. Plain JavaScript: it runs before any TypeScript loader.
import { readFileSync } from "node:fs";
import https from "node:https";
import tls from "node:tls";

export const LOGIN_HOST = "login.microsoftonline.com";
export const KEYS_HOST = "login.botframework.com";
const ROUTED = new Set([LOGIN_HOST, KEYS_HOST]);

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Routes the process's requests for the login host to the fake; returns the hosts asked and a way back. */
export function routeLoginHost(port, pem, httpPort) {
  const original = https.globalAgent.createConnection;
  const originalFetch = globalThis.fetch;
  const hosts = [];
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (ROUTED.has(url.hostname)) {
      hosts.push(url.hostname);
      const routed = `http://127.0.0.1:${httpPort}${url.pathname}${url.search}`;
      return originalFetch(input instanceof Request ? new Request(routed, input) : routed, init);
    }
    if (!LOOPBACK.has(url.hostname)) return Promise.reject(new Error(`refused: ${url.hostname} in a test`));
    return originalFetch(input, init);
  };
  // The socket is returned at once, as Node's own agent does; the agent then waits for it to connect.
  https.globalAgent.createConnection = (options) => {
    const host = options.servername || options.host || "";
    hosts.push(host);
    if (!ROUTED.has(host)) throw new Error(`refused: HTTPS to ${host} in a test`);
    return tls.connect({ ...options, host: "127.0.0.1", port, servername: host, ca: pem });
  };
  return {
    hosts,
    restore: () => {
      https.globalAgent.createConnection = original;
      globalThis.fetch = originalFetch;
    },
  };
}

const { LOGIN_ROUTE_PORT, LOGIN_ROUTE_HTTP_PORT, LOGIN_ROUTE_CA } = process.env;
if (LOGIN_ROUTE_PORT && LOGIN_ROUTE_HTTP_PORT && LOGIN_ROUTE_CA) {
  routeLoginHost(
    Number(LOGIN_ROUTE_PORT),
    readFileSync(LOGIN_ROUTE_CA, "utf8"),
    Number(LOGIN_ROUTE_HTTP_PORT),
  );
}
