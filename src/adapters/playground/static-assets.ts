// The page and its assets, read from public/ at each request (edit the page, reload the browser) and the
// `adaptivecards` renderer from its installed package, so that the page loads nothing from the internet.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { projectPath } from "../../project-root.ts";
import type { Route } from "../../server/route.ts";
import { loopbackOnly } from "./loopback-gate.ts";

export const PUBLIC_DIR = `${projectPath("public")}/`;

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

export function adaptiveCardsBundle(): string {
  return createRequire(import.meta.url).resolve("adaptivecards/dist/adaptivecards.min.js");
}

function fileRoute(path: string, file: () => string, contentType: string): Route {
  return {
    method: "GET",
    path,
    handler: loopbackOnly(async (_req, res) => {
      const body = await readFile(file());
      res.writeHead(200, { "content-type": contentType, ...SECURITY_HEADERS }).end(body);
    }),
  };
}

export function staticRoutes(): Route[] {
  const inPublic = (name: string) => () => `${PUBLIC_DIR}${name}`;
  return [
    fileRoute("/", inPublic("index.html"), "text/html; charset=utf-8"),
    fileRoute(
      "/playground/assets/playground.js",
      inPublic("playground.js"),
      "text/javascript; charset=utf-8",
    ),
    fileRoute("/playground/assets/playground.css", inPublic("playground.css"), "text/css; charset=utf-8"),
    fileRoute("/playground/assets/adaptivecards.js", adaptiveCardsBundle, "text/javascript; charset=utf-8"),
  ];
}
