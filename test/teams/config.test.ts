// TEAMS_* and MICROSOFT_APP_* settings, read by the one loader (src/config.ts) that the bot and the CLI share:
// production refuses to run unauthenticated; the allow-list and service URL are read the same way everywhere.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return "";
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
};

describe("the Teams settings", () => {
  it("refuses production without an app id, says why and what to set", () => {
    const error = refusal({ NODE_ENV: "production" });
    expect(error).toContain("MICROSOFT_APP_ID");
    expect(error).toContain("MICROSOFT_APP_PASSWORD");
  });

  it("allows local development without an app id, with Microsoft's EMEA service URL", () => {
    expect(loadConfig({}).teams).toMatchObject({
      enabled: true,
      appId: undefined,
      appType: "MultiTenant",
      allowedTenants: [],
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      library: "teams",
    });
  });

  it("chooses the Teams library with TEAMS_SDK, and names the two choices for anything else", () => {
    expect(loadConfig({ TEAMS_SDK: "teams" }).teams.library).toBe("teams");
    expect(loadConfig({ TEAMS_SDK: "botbuilder" }).teams.library).toBe("botbuilder");
    const error = refusal({ TEAMS_SDK: "teams-sdk" });
    expect(error).toContain('TEAMS_SDK="teams-sdk"');
    expect(error).toContain("teams (the Teams SDK, the default) or botbuilder");
  });

  it("refuses production on the Teams SDK without an app id too: the rule is the bot.s, not the library.s", () => {
    expect(refusal({ NODE_ENV: "production", TEAMS_SDK: "teams" })).toContain("MICROSOFT_APP_ID");
  });

  it("reads the tenant allow-list (commas or spaces) and a regional service URL without its slash", () => {
    const teams = loadConfig({
      NODE_ENV: "production",
      MICROSOFT_APP_ID: "2c1d3f4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
      MICROSOFT_APP_PASSWORD: "secret",
      TEAMS_ALLOWED_TENANTS: "T-One, t-two  t-three",
      TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/se",
    }).teams;
    expect(teams.allowedTenants).toEqual(["t-one", "t-two", "t-three"]);
    expect(teams.serviceUrl).toBe("https://smba.trafficmanager.net/se/");
  });

  it("needs a password with an app id, and a tenant for a single-tenant bot", () => {
    expect(refusal({ NODE_ENV: "production", MICROSOFT_APP_ID: "x" })).toContain("MICROSOFT_APP_PASSWORD");
    expect(
      refusal({ MICROSOFT_APP_ID: "x", MICROSOFT_APP_PASSWORD: "p", MICROSOFT_APP_TYPE: "SingleTenant" }),
    ).toContain("MICROSOFT_APP_TENANT_ID");
  });

  it("names the variable when a value is malformed", () => {
    expect(refusal({ MICROSOFT_APP_TYPE: "Everyone" })).toContain("MICROSOFT_APP_TYPE");
  });
});
