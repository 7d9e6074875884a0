// The Teams token through the library's real credentials, not the stand-ins of test/fakes/token-credentials.ts:
// botbuilder's (ConfigurationServiceClientCredentialFactory → MsalAppCredentials → @azure/msal-node) and the
// Teams SDK's (its TokenManager → @azure/msal-node). MSAL asks only HTTPS authorities, so the fake login
// server (test/fakes/fake-login.ts) serves the token endpoint over HTTPS on 127.0.0.1 with a certificate of
// its own for login.microsoftonline.com, and the process's HTTPS for that one name is routed there
// (login-route.mjs): no DNS look-up, no Microsoft host, and any other HTTPS host is refused. TLS is
// verified as usual, against that certificate only.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Card } from "../../cards/model.ts";
import { type FakeBotConnector, startFakeBotConnector } from "../fakes/bot-connector.ts";
import { type FakeLogin, startFakeLogin, tokenName } from "../fakes/fake-login.ts";
import { LOGIN_HOST, routeLoginHost } from "../fakes/login-route.mjs";
import { createAdapterUnderTest, TEAMS_LIBRARY } from "./adapter-under-test.ts";
import { MemoryTeamsStore } from "./memory-store.ts";

const APP_ID = "00000000-0000-0000-0000-00000000b0e1";
const APP_PASSWORD = "not-a-real-secret";

let login: FakeLogin;
let route: ReturnType<typeof routeLoginHost>;

beforeAll(async () => {
  login = await startFakeLogin();
  route = routeLoginHost(login.port, login.pem, login.httpPort);
});

afterAll(async () => {
  route.restore();
  await login.stop();
});

let connector: FakeBotConnector;
afterEach(async () => {
  login.setDown(false);
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
  const adapter = createAdapterUnderTest(
    {
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
    },
    connector,
  );
  return adapter.sender;
}

describe(`the Teams token through ${TEAMS_LIBRARY}'s MSAL credentials`, () => {
  it("is fetched with the app's id and secret over verified HTTPS and carried by the post", async () => {
    const sender = await realCredentialsSender(APP_ID);
    const outcome = await sender.send(home, card, "msal-1");
    expect(outcome).toMatchObject({ ok: true });
    expect(connector.activities).toHaveLength(1);
    expect(tokenName(connector.activities[0]?.authorization)).toMatch(/^msal-token-\d+$/);
    const body = new URLSearchParams(login.tokenBodies.at(-1));
    expect(body.get("client_id")).toBe(APP_ID);
    expect(body.get("client_secret")).toBe(APP_PASSWORD);
    expect(body.get("grant_type")).toBe("client_credentials");
    expect(body.get("scope")).toBe("https://api.botframework.com/.default");
    expect(new Set(route.hosts)).toEqual(new Set([LOGIN_HOST]));
  });

  it("reports the post unavailable, not ambiguous, when the token endpoint is down", async () => {
    login.setDown(true);
    const sender = await realCredentialsSender("00000000-0000-0000-0000-00000000b0e2");
    const outcome = await sender.send(home, card, "msal-2");
    expect(outcome).toMatchObject({ ok: false, unavailable: true, ambiguous: false });
    expect(connector.activities).toHaveLength(0);
    expect(login.tokenBodies.length).toBeGreaterThan(1);
  });
});
