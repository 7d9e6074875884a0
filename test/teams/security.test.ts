// Who may talk to the bot: authenticated requests only (when an app id is set), known tenants only.
import { afterEach, describe, expect, it } from "vitest";
import { startFakeBotConnector } from "../fakes/bot-connector.ts";
import { cardAction, FOREIGN_TENANT, personalMessage, round, TENANT } from "./fixtures.ts";
import { type Harness, startHarness } from "./harness.ts";
import { recordOutboundHosts } from "./outbound-hosts.ts";
import { textCard } from "./stand-in-engine.ts";

let h: Harness;
afterEach(async () => h.stop());

const answerEverything = () => [
  { type: "message" as const, card: textCard("status", "Status", "Svar / Answer") },
];

function jwt(payload: object): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "RS256", typ: "JWT", kid: "k1" })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe("with an app id configured", () => {
  const refused: [string, Record<string, string>][] = [
    ["no Authorization header", {}],
    ["a token that is not a JWT", { authorization: "Bearer not-a-token" }],
    ["another scheme", { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }],
    ["JWT-shaped parts that do not decode", { authorization: "Bearer aaa.bbb.ccc" }],
    // Passes the adapter's shape check; botbuilder refuses the issuer before fetching any signing key.
    [
      "a forged JWT from a foreign issuer",
      { authorization: `Bearer ${jwt({ iss: "https://evil.example/", aud: "app" })}` },
    ],
  ];

  for (const [name, headers] of refused) {
    it(`refuses ${name} with 401, runs nothing and calls no Microsoft host`, async () => {
      h = await startHarness({ appId: "00000000-0000-0000-0000-0000000a99id", appPassword: "not-used" });
      h.engine.answer = answerEverything;
      const outbound = recordOutboundHosts();
      const res = await h.post(
        personalMessage({ serviceUrl: h.connector.serviceUrl, id: "7001", text: "status" }),
        headers,
      );
      outbound.stop();

      expect(res.status).toBe(401);
      expect(h.engine.events).toEqual([]);
      expect(h.store.writes).toEqual([]);
      expect(h.connector.requests).toEqual([]);
      expect(outbound.hosts.filter((host) => host !== "127.0.0.1")).toEqual([]);
    });
  }
});

describe("a forged token whose signing keys cannot be fetched", () => {
  // Issue #16, failure 9: a well-formed token with the Bot Framework's issuer made botbuilder fetch the
  // signing keys; when that failed the request got 500 (and Teams would retry it) instead of 401.
  const issuers = [
    "https://api.botframework.com",
    "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
  ];
  for (const iss of issuers) {
    it(`refuses one from ${iss} with 401 and runs nothing`, async () => {
      const keys = await startFakeBotConnector();
      keys.failNext(10, { status: 503 });
      h = await startHarness({
        appId: "00000000-0000-0000-0000-0000000a99id",
        appPassword: "not-used",
        // The keys' metadata on 127.0.0.1, answering 503: no Microsoft host is asked.
        openIdMetadataUrl: `${keys.serviceUrl}v1/.well-known/openidconfiguration`,
      });
      h.engine.answer = answerEverything;
      const outbound = recordOutboundHosts();
      const token = jwt({ iss, aud: "00000000-0000-0000-0000-0000000a99id", ver: "1.0", appid: "x" });
      const res = await h.post(
        personalMessage({ serviceUrl: h.connector.serviceUrl, id: "7101", text: "status" }),
        {
          authorization: `Bearer ${token}`,
        },
      );
      outbound.stop();
      await keys.stop();

      expect(res.status).toBe(401);
      expect(h.engine.events).toEqual([]);
      expect(h.store.writes).toEqual([]);
      expect(outbound.hosts.filter((host) => host !== "127.0.0.1")).toEqual([]);
    });
  }
});

describe("an activity from a tenant that no round names", () => {
  it("stores nothing and sends nothing", async () => {
    h = await startHarness();
    h.engine.answer = answerEverything;
    const res = await h.post(
      personalMessage({
        serviceUrl: h.connector.serviceUrl,
        id: "8001",
        text: "status",
        tenant: FOREIGN_TENANT,
      }),
    );

    expect(res.status).toBe(200);
    expect(h.engine.events).toEqual([]);
    expect(h.store.writes).toEqual([]);
    expect(h.store.references.size).toBe(0);
    expect(h.connector.requests).toEqual([]);
  });

  it("gets no card back from a card action", async () => {
    h = await startHarness();
    h.engine.answer = () => [{ type: "form-accepted", card: textCard("x", "Tack", "Sparat / Saved") }];
    const res = await h.post(
      cardAction({
        serviceUrl: h.connector.serviceUrl,
        id: "f:8002",
        verb: "form:self-assessment",
        data: { formId: "self-assessment" },
        replyToId: "1",
        tenant: FOREIGN_TENANT,
      }),
    );

    expect(JSON.stringify(res.body)).not.toContain("Sparat");
    expect(h.engine.events).toEqual([]);
    expect(h.store.writes).toEqual([]);
    expect(h.connector.requests).toEqual([]);
  });
});

describe("TEAMS_ALLOWED_TENANTS", () => {
  it("ignores a tenant that a round names but the allow-list does not", async () => {
    h = await startHarness({ allowedTenants: [FOREIGN_TENANT] });
    h.store.rounds.push(round(FOREIGN_TENANT));
    h.engine.answer = answerEverything;
    await h.post(
      personalMessage({ serviceUrl: h.connector.serviceUrl, id: "9001", text: "status", tenant: TENANT }),
    );

    expect(h.engine.events).toEqual([]);
    expect(h.store.writes).toEqual([]);
    expect(h.connector.requests).toEqual([]);
  });

  it("lets an allowed tenant in", async () => {
    h = await startHarness({ allowedTenants: [TENANT.toUpperCase()] });
    h.engine.answer = answerEverything;
    await h.post(
      personalMessage({ serviceUrl: h.connector.serviceUrl, id: "9002", text: "status", tenant: TENANT }),
    );

    expect(h.engine.events).toHaveLength(1);
    expect(h.connector.activities).toHaveLength(1);
  });
});
