// The first gate, before botbuilder sees the request. With an app id configured, a request without a
// well-formed `Bearer <JWT>` header is refused here with 401: botbuilder would refuse it too, but only
// after parsing the activity, and a token that merely decodes would make it fetch signing keys from the
// Bot Framework's OpenID endpoint. Without an app id (local development) botbuilder skips authentication.

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function hasWellFormedBearer(header: string | string[] | undefined): boolean {
  if (typeof header !== "string") return false;
  const match = /^Bearer ([^\s]+)$/.exec(header.trim());
  const token = match?.[1];
  if (!token || !JWT.test(token)) return false;
  return decodesToObject(token.split(".")[0]) && decodesToObject(token.split(".")[1]);
}

function decodesToObject(part: string | undefined): boolean {
  if (!part) return false;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}

/** The `iss` claim of a bearer token, unverified: only to refuse a foreign issuer before any key is fetched. */
export function unverifiedIssuer(header: string | string[] | undefined): string | undefined {
  if (typeof header !== "string") return undefined;
  const payload = header.trim().split(" ")[1]?.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const iss = (claims as { iss?: unknown } | null)?.iss;
    return typeof iss === "string" ? iss : undefined;
  } catch {
    return undefined;
  }
}
