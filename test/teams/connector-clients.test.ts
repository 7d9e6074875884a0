// Connector clients are built once per service URL and lose the Azure pipeline's blind retries.
import { describe, expect, it } from "vitest";
import { createBotAuthentication } from "../../src/adapters/teams/bot-authentication.ts";
import { isTuned } from "../../src/adapters/teams/connector-clients.ts";
import { loadConfig } from "../../src/config.ts";
import { personalMessage } from "./fixtures.ts";

describe("the connector clients", () => {
  it("are reused across activities and tuned", async () => {
    const auth = createBotAuthentication(loadConfig({}).teams, 1000);
    const serviceUrl = "http://127.0.0.1:9/";
    const activity = personalMessage({ serviceUrl, id: "1", text: "status" });
    const first = await auth.authenticateRequest(activity as never, "");
    const second = await auth.authenticateRequest(activity as never, "");
    const a = await first.connectorFactory?.create(serviceUrl, first.audience);
    const b = await second.connectorFactory?.create(serviceUrl, second.audience);
    const other = await second.connectorFactory?.create("http://127.0.0.1:10/", second.audience);

    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(other).not.toBe(a);
    expect(a && isTuned(a)).toBe(true);
  });
});

describe("the user-token client", () => {
  it("is built once per bot app, not per activity", async () => {
    const auth = createBotAuthentication(loadConfig({}).teams, 1000);
    const activity = personalMessage({ serviceUrl: "http://127.0.0.1:9/", id: "1", text: "status" });
    const { claimsIdentity } = await auth.authenticateRequest(activity as never, "");

    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(
      await auth.createUserTokenClient(claimsIdentity),
    );
  });
});
