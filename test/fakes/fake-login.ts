// A fake of Microsoft's two login hosts: login.microsoftonline.com's token endpoint for a multi-tenant bot
// (tenant botframework.com), and login.botframework.com's signing keys (those of bot-framework-keys.ts),
// over HTTPS with a self-signed certificate for both names (openssl, into a temporary directory), so that
// the real MSAL credentials and JWT checks of botbuilder and of the Teams SDK run unchanged. Route the
// process's requests there with login-route.mjs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KEYS_PATH, METADATA_PATH, openIdMetadata, signingKeys } from "./bot-framework-keys.ts";
import { KEYS_HOST, LOGIN_HOST } from "./login-route.mjs";

/** The default tenant of a multi-tenant bot's token. */
const TENANT_PATH = "/botframework.com";

export interface FakeLogin {
  /** HTTPS, with the certificate below. */
  port: number;
  /** The same endpoint over plain HTTP, for fetch (see login-route.mjs). */
  httpPort: number;
  /** The certificate (PEM), and the file it is in. */
  pem: string;
  pemFile: string;
  /** `METHOD path` of every request. */
  readonly requests: string[];
  /** The form bodies of the token requests. */
  readonly tokenBodies: string[];
  setDown(down: boolean): void;
  stop(): Promise<void>;
}

/**
 * Entra's access tokens are JWTs, and the Teams SDK reads them as such (botbuilder passes them on as they
 * are): each one names itself in an unsigned JWT.
 */
function accessToken(name: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: "none", typ: "JWT" })}.${part({ name, exp })}.`;
}

/** The name of the token an Authorization header carries (`msal-token-N`), or undefined. */
export function tokenName(authorization: string | undefined): string | undefined {
  const payload = authorization?.replace(/^Bearer /, "").split(".")[1];
  if (!payload) return undefined;
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { name?: unknown };
  return typeof claims.name === "string" ? claims.name : undefined;
}

function json(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export async function startFakeLogin(): Promise<FakeLogin> {
  const dir = mkdtempSync(join(tmpdir(), "modellbot-login-"));
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${LOGIN_HOST}`],
      ...["-addext", `subjectAltName=DNS:${LOGIN_HOST},DNS:${KEYS_HOST}`],
      ...["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  const pemFile = join(dir, "cert.pem");
  const pem = readFileSync(pemFile, "utf8");
  const base = `https://${LOGIN_HOST}${TENANT_PATH}`;
  const requests: string[] = [];
  const tokenBodies: string[] = [];
  let down = false;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      requests.push(`${req.method} ${path}`);
      if (req.method === "GET" && path === `${TENANT_PATH}/v2.0/.well-known/openid-configuration`) {
        return json(res, 200, {
          token_endpoint: `${base}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          issuer: `https://${LOGIN_HOST}/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0`,
        });
      }
      if (req.method === "GET" && path === METADATA_PATH)
        return json(res, 200, openIdMetadata(`https://${KEYS_HOST}/`));
      if (req.method === "GET" && path === KEYS_PATH) return json(res, 200, signingKeys());
      if (req.method === "POST" && path === `${TENANT_PATH}/oauth2/v2.0/token`) {
        tokenBodies.push(Buffer.concat(chunks).toString("utf8"));
        if (down) return json(res, 503, { error: "temporarily_unavailable" });
        return json(res, 200, {
          token_type: "Bearer",
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: accessToken(`msal-token-${tokenBodies.length}`),
        });
      }
      json(res, 404, { error: "not_found" });
    });
  };
  const servers = [
    https.createServer({ key: readFileSync(join(dir, "key.pem")), cert: pem }, handle),
    createServer(handle),
  ];
  for (const server of servers) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const [port, httpPort] = servers.map((server) => (server.address() as AddressInfo).port);
  return {
    port: port ?? 0,
    httpPort: httpPort ?? 0,
    pem,
    pemFile,
    requests,
    tokenBodies,
    setDown: (value) => {
      down = value;
    },
    stop: async () => {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
