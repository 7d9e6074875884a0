// Slack user id → e-mail and locale through users.info, cached for a while: people are known in a round
// by e-mail, and users.info is rate limited.
import type { InboundEvent } from "../../engine/events.ts";
import type { AdapterLogger } from "./logger.ts";
import { noTokenError, type WorkspaceApis } from "./workspace-apis.ts";

export interface SlackIdentity {
  email?: string | undefined;
  locale?: string | undefined;
  displayName?: string | undefined;
  /** The user's own workspace (`user.team_id`): in a Slack Connect channel not the channel's. */
  team?: string | undefined;
  /** Enterprise Grid: `user.enterprise_user.enterprise_id`. */
  enterprise?: string | undefined;
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
  const enterprise = (user.enterprise_user ?? {}) as Record<string, unknown>;
  return {
    team: text(user.team_id),
    enterprise: text(enterprise.enterprise_id),
    email: text(profile.email)?.toLowerCase(),
    locale: text(user.locale),
    displayName: text(profile.display_name) ?? text(profile.real_name) ?? text(user.real_name),
  };
}

export function createIdentityResolver(
  apis: Pick<WorkspaceApis, "forWorkspace">,
  ttlMs: number,
  nowMs: () => number,
): IdentityResolver {
  const cache = new Map<string, CacheEntry>();
  return {
    resolve(workspace, userId) {
      const key = `${workspace}:${userId}`;
      const cached = cache.get(key);
      if (cached && cached.expiresAt > nowMs()) return cached.identity;
      // A user id means something only in its own workspace: asked with that workspace's token.
      const api = apis.forWorkspace(workspace);
      if (!api) return Promise.reject(noTokenError(workspace));
      const identity = api.call("users.info", { user: userId, include_locale: true }).then(identityFrom);
      cache.set(key, { expiresAt: nowMs() + ttlMs, identity });
      // A failed lookup is not remembered: the next request asks again.
      identity.catch(() => cache.delete(key));
      return identity;
    },
  };
}

/** The event with the person's e-mail, locale and name from Slack, asked with `workspace`'s token. */
export async function withIdentity(
  identity: IdentityResolver,
  event: InboundEvent,
  workspace: string,
  logger: AdapterLogger,
): Promise<InboundEvent> {
  try {
    const found = await identity.resolve(workspace, event.user.id);
    const user = { ...event.user };
    if (found.email) user.email = found.email;
    if (found.locale) user.locale = found.locale;
    if (found.displayName) user.displayName = found.displayName;
    // The person is judged by their own workspace, as Slack reports it for the user (not the request).
    if (found.team) user.workspace = found.team;
    if (found.enterprise) user.enterprise = found.enterprise;
    return { ...event, user };
  } catch (error) {
    // Without an e-mail the engine tells the user it does not know them, which is what they should see.
    logger.warn("slack: users.info failed", { user: event.user.id, error: String(error) });
    return event;
  }
}
