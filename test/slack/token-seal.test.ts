// Sealing tokens: AES-256-GCM, bound to the installation, opened by the current key or an old one listed for
// rotation (and then sealed anew with the current key on read).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSlackInstallations } from "../../src/adapters/slack/installations.ts";
import { createTokenSeal, TokenSealError } from "../../src/adapters/slack/token-seal.ts";
import { openEmbeddedStore } from "../../src/store/embedded/open-embedded-store.ts";

const oldKey = randomBytes(32);
const newKey = randomBytes(32);

describe("sealed tokens", () => {
  it("open only with a listed key, for the installation they were sealed for", () => {
    const sealed = createTokenSeal({ current: oldKey, old: [] }).seal("xoxb-secret", "T0GRUMS");
    expect(sealed).toMatch(/^sealed:v1:/);
    expect(sealed).not.toContain("xoxb-secret");
    expect(createTokenSeal({ current: newKey, old: [oldKey] }).open(sealed, "T0GRUMS")).toEqual({
      token: "xoxb-secret",
      stale: true,
    });
    expect(createTokenSeal({ current: oldKey, old: [] }).open(sealed, "T0GRUMS").stale).toBe(false);
    expect(() => createTokenSeal({ current: newKey, old: [] }).open(sealed, "T0GRUMS")).toThrow(
      /TOKEN_ENCRYPTION_OLD_KEYS/,
    );
    expect(() => createTokenSeal({ current: oldKey, old: [] }).open(sealed, "T0KALMAR")).toThrow(
      TokenSealError,
    );
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}A`;
    expect(() => createTokenSeal({ current: oldKey, old: [] }).open(altered, "T0GRUMS")).toThrow(
      TokenSealError,
    );
  });

  it("are sealed anew with the current key at start when an old key opens them", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "modellbot-seal-"));
    const store = await openEmbeddedStore({ dataDir });
    try {
      const before = createTokenSeal({ current: oldKey, old: [] });
      await store.saveSlackInstallation({
        id: "T0GRUMS",
        isEnterpriseInstall: false,
        teamId: "T0GRUMS",
        botId: "B1",
        botUserId: "U1",
        scopes: ["chat:write"],
        botToken: before.seal("xoxb-secret", "T0GRUMS"),
        installedBy: "U0INSTALLER",
        installedAt: "2027-03-01T09:00:00.000Z",
        updatedAt: "2027-03-01T09:00:00.000Z",
      });
      const rotated = { current: newKey, old: [oldKey] };
      const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
      const installations = createSlackInstallations({
        store,
        seal: createTokenSeal(rotated),
        app: { clientId: "c", clientSecret: "s" },
        apiUrl: "http://127.0.0.1:9/api/",
        instanceId: "test",
        clock: () => new Date(),
        logger,
      });
      await installations.resealAll();
      const resealed = (await store.findSlackInstallation("T0GRUMS"))?.botToken ?? "";
      expect(createTokenSeal({ current: newKey, old: [] }).open(resealed, "T0GRUMS").token).toBe(
        "xoxb-secret",
      );
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
