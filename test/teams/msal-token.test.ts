// The Teams token through botbuilder's real credentials (ConfigurationServiceClientCredentialFactory →
// MsalAppCredentials → @azure/msal-node), not the stand-in of test/fakes/token-credentials.ts. MSAL asks
// only HTTPS authorities, so this test makes a self-signed certificate for login.microsoftonline.com
// (openssl, into a temporary directory), serves the token endpoint over HTTPS on 127.0.0.1, and routes
// the process's HTTPS connections for that one name there: no DNS look-up, no Microsoft host, and any other
// HTTPS host is refused. TLS is verified as usual, against this certificate only.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { createTeamsAdapter } from "../../src/adapters/teams/teams-adapter.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/bot-connector.ts";
import { MemoryTeamsStore } from "./memory-store.ts";

const LOGIN_HOST = "login.microsoftonline.com";
/** botbuilder's default tenant for a multi-tenant bot's token. */
const TENANT_PATH = "/botframework.com";
const APP_ID = "00000000-0000-0000-0000-00000000b0e1";
const APP_PASSWORD = "not-a-real-secret";

let dir: string;
let login: https.Server;
let loginPort: number;
let pem: string;
let tokenDown = false;
const loginRequests: string[] = [];
const tokenBodies: string[] = [];
const connectedHosts: string[] = [];
const originalCreateConnection = https.globalAgent.createConnection;

function json(res: import("node:http").ServerResponse, status: number, body: object) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modellbot-msal-"));
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${LOGIN_HOST}`],
      ...["-addext", `subjectAltName=DNS:${LOGIN_HOST}`],
      ...["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  pem = readFileSync(join(dir, "cert.pem"), "utf8");
  const base = `https://${LOGIN_HOST}${TENANT_PATH}`;
  login = https.createServer({ key: readFileSync(join(dir, "key.pem")), cert: pem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      loginRequests.push(`${req.method} ${path}`);
      if (req.method === "GET" && path === `${TENANT_PATH}/v2.0/.well-known/openid-configuration`) {
        return json(res, 200, {
          token_endpoint: `${base}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          issuer: `https://${LOGIN_HOST}/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0`,
        });
      }
      if (req.method === "POST" && path === `${TENANT_PATH}/oauth2/v2.0/token`) {
        tokenBodies.push(Buffer.concat(chunks).toString("utf8"));
        if (tokenDown) return json(res, 503, { error: "temporarily_unavailable" });
        return json(res, 200, {
          token_type: "Bearer",
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: `msal-token-${tokenBodies.length}`,
        });
      }
      json(res, 404, { error: "not_found" });
    });
  });
  await new Promise<void>((resolve) => login.listen(0, "127.0.0.1", resolve));
  loginPort = (login.address() as AddressInfo).port;
  // Every HTTPS connection of the process goes through the global agent unless it brings its own (MSAL
  // brings one only for a proxy): the login name goes to the server above, anything else is refused.
  // The socket is returned at once, as Node's own agent does; the agent then waits for it to connect.
  https.globalAgent.createConnection = ((options: tls.ConnectionOptions & { host?: string }) => {
    const host = options.servername || options.host || "";
    connectedHosts.push(host);
    if (host !== LOGIN_HOST) throw new Error(`refused: HTTPS to ${host} in a test`);
    return tls.connect({ ...options, host: "127.0.0.1", port: loginPort, servername: LOGIN_HOST, ca: pem });
  }) as typeof https.globalAgent.createConnection;
});

afterAll(async () => {
  https.globalAgent.createConnection = originalCreateConnection;
  login.closeAllConnections();
  await new Promise((resolve) => login.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

let connector: FakeBotConnector;
afterEach(async () => {
  tokenDown = false;
  await connector.stop();
});

const card: Card = {
  kind: "notice",
  title: "Påminnelse",
  summary: "Presentationen ska publiceras",
  blocks: [{ type: "text", text: "Presentationen ska publiceras" }],
};
const home = { platform: "teams" as const, workspace: "tenant-1", channel: "19:msal@thread.tacv2" };

/** botbuilder keeps a token per app id for the whole process: each test has an app of its own. */
async function realCredentialsSender(appId: string) {
  connector = await startFakeBotConnector();
  const adapter = createTeamsAdapter({
    appId,
    appPassword: APP_PASSWORD,
    appTenantId: undefined,
    appType: "MultiTenant",
    allowedTenants: [],
    serviceUrl: connector.serviceUrl,
    engine: { handle: async () => [] },
    store: new MemoryTeamsStore(),
    clock: () => new Date(),
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    sleep: async () => {},
    random: () => 0.5,
  });
  return adapter.sender;
}

describe("the Teams token through botbuilder's MSAL credentials", () => {
  it("is fetched with the app's id and secret over verified HTTPS and carried by the post", async () => {
    const sender = await realCredentialsSender(APP_ID);
    const outcome = await sender.send(home, card, "msal-1");
    expect(outcome).toMatchObject({ ok: true });
    expect(connector.activities).toHaveLength(1);
    expect(connector.activities[0]?.authorization).toMatch(/^Bearer msal-token-\d+$/);
    const body = new URLSearchParams(tokenBodies.at(-1));
    expect(body.get("client_id")).toBe(APP_ID);
    expect(body.get("client_secret")).toBe(APP_PASSWORD);
    expect(body.get("grant_type")).toBe("client_credentials");
    expect(body.get("scope")).toBe("https://api.botframework.com/.default");
    expect(new Set(connectedHosts)).toEqual(new Set([LOGIN_HOST]));
  });

  it("reports the post unavailable, not ambiguous, when the token endpoint is down", async () => {
    tokenDown = true;
    const sender = await realCredentialsSender("00000000-0000-0000-0000-00000000b0e2");
    const outcome = await sender.send(home, card, "msal-2");
    expect(outcome).toMatchObject({ ok: false, unavailable: true, ambiguous: false });
    expect(connector.activities).toHaveLength(0);
    expect(tokenBodies.length).toBeGreaterThan(1);
  });
});
