// Slack user id → e-mail and locale through users.info, cached for a while: people are known in a round
// by e-mail, and users.info is rate limited.
import type { SlackApi } from "./slack-api.ts";

export interface SlackIdentity {
  email?: string | undefined;
  locale?: string | undefined;
  displayName?: string | undefined;
}

export interface IdentityResolver {
  resolve(workspace: string, userId: string): Promise<SlackIdentity>;
}

interface CacheEntry {
  expiresAt: number;
  identity: Promise<SlackIdentity>;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function identityFrom(result: Record<string, unknown>): SlackIdentity {
  const user = (result.user ?? {}) as Record<string, unknown>;
  const profile = (user.profile ?? {}) as Record<string, unknown>;
  return {
    email: text(profile.email)?.toLowerCase(),
    locale: text(user.locale),
    displayName: text(profile.display_name) ?? text(profile.real_name) ?? text(user.real_name),
  };
}

export function createIdentityResolver(api: SlackApi, ttlMs: number, nowMs: () => number): IdentityResolver {
  const cache = new Map<string, CacheEntry>();
  return {
    resolve(workspace, userId) {
      const key = `${workspace}:${userId}`;
      const cached = cache.get(key);
      if (cached && cached.expiresAt > nowMs()) return cached.identity;
      const identity = api.call("users.info", { user: userId, include_locale: true }).then(identityFrom);
      cache.set(key, { expiresAt: nowMs() + ttlMs, identity });
      // A failed lookup is not remembered: the next request asks again.
      identity.catch(() => cache.delete(key));
      return identity;
    },
  };
}
