// TEAMS_* and MICROSOFT_APP_* settings: production refuses to run unauthenticated.
import { describe, expect, it } from "vitest";
import { checkTeamsConfig, DEFAULT_TEAMS_SERVICE_URL } from "../../src/adapters/teams/teams-config.ts";

describe("checkTeamsConfig", () => {
  it("refuses production without an app id, says why and what to set", () => {
    const result = checkTeamsConfig({ NODE_ENV: "production" });
    expect(result.ok).toBe(false);
    const error = result.ok ? "" : result.error;
    expect(error).toContain("MICROSOFT_APP_ID");
    expect(error).toContain("unauthenticated");
    expect(error).toContain("MICROSOFT_APP_PASSWORD");
  });

  it("allows local development without an app id, with Microsoft's EMEA service URL", () => {
    expect(checkTeamsConfig({})).toEqual({
      ok: true,
      config: {
        appId: undefined,
        appPassword: undefined,
        appTenantId: undefined,
        appType: "MultiTenant",
        allowedTenants: [],
        serviceUrl: DEFAULT_TEAMS_SERVICE_URL,
      },
    });
  });

  it("reads the tenant allow-list and a regional service URL", () => {
    const result = checkTeamsConfig({
      NODE_ENV: "production",
      MICROSOFT_APP_ID: "2c1d3f4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
      MICROSOFT_APP_PASSWORD: "secret",
      TEAMS_ALLOWED_TENANTS: "t-one, t-two",
      TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/se",
    });
    expect(result).toMatchObject({
      ok: true,
      config: { allowedTenants: ["t-one", "t-two"], serviceUrl: "https://smba.trafficmanager.net/se/" },
    });
  });

  it("needs a password with an app id, and a tenant for a single-tenant bot", () => {
    expect(checkTeamsConfig({ MICROSOFT_APP_ID: "x" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("MICROSOFT_APP_PASSWORD"),
    });
    expect(
      checkTeamsConfig({
        MICROSOFT_APP_ID: "x",
        MICROSOFT_APP_PASSWORD: "p",
        MICROSOFT_APP_TYPE: "SingleTenant",
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining("MICROSOFT_APP_TENANT_ID") });
  });

  it("names the variable when a value is malformed", () => {
    expect(checkTeamsConfig({ MICROSOFT_APP_TYPE: "Everyone" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("MICROSOFT_APP_TYPE"),
    });
  });
});
