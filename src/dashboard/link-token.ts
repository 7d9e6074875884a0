// A dashboard link's token: who it is for, in which round, when it was issued and when it expires, signed
// with HMAC-SHA256. Nothing in it is secret (an e-mail and a round id); the signature makes it unforgeable.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** A link works for a day: long enough to read and share a screen, short enough that a forwarded one dies. */
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

const payloadSchema = z.object({
  /** The person's e-mail as the round knows it. */
  e: z.string().min(1),
  /** The round id. */
  r: z.string().min(1),
  /** Issued at, epoch ms. */
  i: z.number().int(),
  /** Expires at, epoch ms. */
  x: z.number().int(),
  /** Opens one calendar only (`calendar:<organisation id>`); absent: every page the person may see. */
  s: z.string().min(1).optional(),
});

export interface LinkHolder {
  email: string;
  roundId: string;
  issuedAt: Date;
  expiresAt: Date;
  /** Absent: the whole dashboard as the person may see it. */
  calendarOnly?: string | undefined;
}

export type TokenCheck = { ok: true; holder: LinkHolder } | { ok: false; reason: "invalid" | "expired" };

function signature(secret: string, body: string): Buffer {
  return createHmac("sha256", secret).update(body).digest();
}

export function signToken(
  secret: string,
  who: { email: string; roundId: string; calendarOnly?: string | undefined },
  now: Date,
): string {
  const payload = {
    e: who.email,
    r: who.roundId,
    i: now.getTime(),
    x: now.getTime() + LINK_LIFETIME_MS,
    ...(who.calendarOnly ? { s: `calendar:${who.calendarOnly}` } : {}),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${signature(secret, body).toString("base64url")}`;
}

/** Checks the signature before reading anything in the token, then the expiry. */
export function verifyToken(secret: string, token: string, now: Date): TokenCheck {
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return { ok: false, reason: "invalid" };
  const expected = signature(secret, body);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "invalid" };
  // Base64 decoding ignores the last character's spare bits: only the spelling we gave is our link.
  if (given.toString("base64url") !== mac) return { ok: false, reason: "invalid" };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { e, r, i, x, s } = parsed.data;
  if (now.getTime() >= x) return { ok: false, reason: "expired" };
  const calendarOnly = s?.startsWith("calendar:") ? s.slice("calendar:".length) : undefined;
  if (s !== undefined && !calendarOnly) return { ok: false, reason: "invalid" };
  const holder = { email: e, roundId: r, issuedAt: new Date(i), expiresAt: new Date(x), calendarOnly };
  return { ok: true, holder };
}
