// A dashboard link's token: only this bot's secret makes one, it says who it is for until when, and a
// revocation covers what was issued before it.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { dashboardLinks, isRevoked } from "../../src/dashboard/dashboard-links.ts";
import { dashboardSecret } from "../../src/dashboard/dashboard-secret.ts";
import { LINK_LIFETIME_MS, signToken, verifyToken } from "../../src/dashboard/link-token.ts";

const SECRET = "s".repeat(40);
const NOW = new Date("2027-03-10T09:00:00Z");
const who = { email: "anna.lind@kalmar.example", roundId: "modellkommuner-2027" };

describe("a link's token", () => {
  it("is read back as the person, round and times it was made with, until it expires", () => {
    const token = signToken(SECRET, who, NOW);
    expect(verifyToken(SECRET, token, new Date(NOW.getTime() + LINK_LIFETIME_MS - 1))).toEqual({
      ok: true,
      holder: {
        ...who,
        issuedAt: NOW,
        expiresAt: new Date(NOW.getTime() + LINK_LIFETIME_MS),
        calendarOnly: undefined,
      },
    });
    expect(verifyToken(SECRET, token, new Date(NOW.getTime() + LINK_LIFETIME_MS))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("is refused when made with another secret, altered, or a payload with a valid signature is not ours", () => {
    const token = signToken(SECRET, who, NOW);
    expect(verifyToken("t".repeat(40), token, NOW)).toEqual({ ok: false, reason: "invalid" });
    const [body, mac] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ e: "sara.holm@skr.example", r: who.roundId, i: 0, x: 9e15 }),
    ).toString("base64url");
    expect(verifyToken(SECRET, `${forged}.${mac}`, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(SECRET, `${body}.${mac}x`, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(SECRET, `${body}`, NOW)).toEqual({ ok: false, reason: "invalid" });
    // A 32-byte signature is 43 characters; the last one's two lowest bits are spare. Flipping one gives
    // the same bytes, but not the link that was given.
    const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = ALPHABET.indexOf(mac?.at(-1) ?? "A");
    const respelled = `${mac?.slice(0, -1)}${ALPHABET[last ^ 1]}`;
    expect(Buffer.from(respelled, "base64url")).toEqual(Buffer.from(mac ?? "", "base64url"));
    expect(verifyToken(SECRET, `${body}.${respelled}`, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(SECRET, "", NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("of a calendar link opens that organisation's calendar only", () => {
    const link = dashboardLinks(SECRET, () => "https://bot.example").linkFor(who, NOW, {
      kind: "calendar",
      organisationId: "vaxholm",
    });
    const url = new URL(link.url);
    expect(url.pathname).toBe("/dashboard/calendar.ics");
    expect(url.searchParams.get("organisation")).toBe("vaxholm");
    const checked = verifyToken(SECRET, url.searchParams.get("t") ?? "", NOW);
    expect(checked.ok && checked.holder.calendarOnly).toBe("vaxholm");
  });

  it("is revoked by a revocation of its person or of everyone made at or after it was issued", () => {
    const holder = { ...who, issuedAt: NOW, expiresAt: NOW };
    const at = (iso: string, email?: string) => ({ email, revokedAt: iso, revokedBy: "cli" });
    expect(isRevoked(holder, [at("2027-03-10T09:00:00.000Z", "Anna.Lind@kalmar.example")])).toBe(true);
    expect(isRevoked(holder, [at("2027-03-10T10:00:00.000Z")])).toBe(true);
    expect(isRevoked(holder, [at("2027-03-10T08:59:59.999Z")])).toBe(false);
    expect(isRevoked(holder, [at("2027-03-11T00:00:00.000Z", "someone@else.example")])).toBe(false);
  });
});

describe("the dashboard's configuration", () => {
  const production = { NODE_ENV: "production", TEAMS: "off" };
  it("is off in production without PUBLIC_URL and DASHBOARD_SECRET, and on with both", () => {
    expect(loadConfig(production).dashboard.enabled).toBe(false);
    const on = loadConfig({ ...production, PUBLIC_URL: "https://bot.example/", DASHBOARD_SECRET: SECRET });
    expect(on.dashboard).toEqual({ enabled: true, secret: SECRET, publicUrl: "https://bot.example" });
  });

  it("refuses one without the other in production, a short secret, and an address that is no URL", () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: "https://bot.example" })).toThrow(
      /needs both PUBLIC_URL/,
    );
    expect(() => loadConfig({ ...production, DASHBOARD_SECRET: SECRET })).toThrow(/needs both PUBLIC_URL/);
    expect(() => loadConfig({ DASHBOARD_SECRET: "short" })).toThrow(/DASHBOARD_SECRET is too short/);
    expect(() => loadConfig({ PUBLIC_URL: "bot.example" })).toThrow(/PUBLIC_URL=/);
  });
});

describe("the development secret", () => {
  it("is made once per data directory, kept for the owner only, and used again after a restart", () => {
    const dir = mkdtempSync(join(tmpdir(), "modellbot-secret-"));
    try {
      const first = dashboardSecret(undefined, dir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(dashboardSecret(undefined, dir)).toBe(first);
      expect(statSync(join(dir, "dashboard-secret")).mode & 0o077).toBe(0);
      expect(dashboardSecret(SECRET, dir)).toBe(SECRET);
      const other = mkdtempSync(join(tmpdir(), "modellbot-secret-"));
      expect(dashboardSecret(undefined, other)).not.toBe(first);
      rmSync(other, { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
