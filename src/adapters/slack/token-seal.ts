// Tokens at rest: AES-256-GCM with a random 96-bit IV per seal, the installation's id as associated data
// (a sealed token moved to another installation does not open), and the key's id in front, so that a key
// listed in TOKEN_ENCRYPTION_OLD_KEYS still opens what it sealed. The store never sees a token in clear.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { SEALED_PREFIX } from "../../store/records.ts";

export interface TokenKeys {
  current: Buffer;
  old: readonly Buffer[];
}

export interface TokenSeal {
  seal(token: string, installationId: string): string;
  /** `stale`: sealed with an old key, to be sealed anew with the current one. */
  open(sealed: string, installationId: string): { token: string; stale: boolean };
}

/** Names a key without saying anything about it. */
function keyId(key: Buffer): string {
  return createHash("sha256").update("modellbot token key").update(key).digest("base64url").slice(0, 8);
}

export class TokenSealError extends Error {
  override name = "TokenSealError";
}

export function createTokenSeal(keys: TokenKeys): TokenSeal {
  const byId = new Map([keys.current, ...keys.old].map((key) => [keyId(key), key] as const));
  const currentId = keyId(keys.current);
  return {
    seal(token, installationId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", keys.current, iv);
      cipher.setAAD(Buffer.from(installationId));
      const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
      return `${SEALED_PREFIX}${currentId}:${parts.join(":")}`;
    },
    open(sealed, installationId) {
      const [id, iv, tag, body] = sealed.slice(SEALED_PREFIX.length).split(":");
      const key = id === undefined ? undefined : byId.get(id);
      if (!sealed.startsWith(SEALED_PREFIX) || !key || !iv || !tag || body === undefined)
        throw new TokenSealError(
          `a token of installation ${installationId} was sealed with a key that is neither TOKEN_ENCRYPTION_KEY nor listed in TOKEN_ENCRYPTION_OLD_KEYS`,
        );
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(installationId));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        const token = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
        return { token: token.toString("utf8"), stale: id !== currentId };
      } catch (error) {
        throw new TokenSealError(
          `a token of installation ${installationId} does not open: altered or moved`,
          {
            cause: error,
          },
        );
      }
    },
  };
}
