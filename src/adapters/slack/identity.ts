// Slack user id → e-mail and locale through users.info, cached for a while: people are known in a round
// by e-mail, and users.info is rate limited. A lookup that fails for a moment (429, a 5xx, a timeout) is
// retried briefly; if it still fails, the last answer known for the person is used, and without one the
// request is not handled as someone unknown: IdentityUnavailable, and the person's answers are kept.
import type { InboundEvent } from "../../engine/events.ts";
import { errorMessage } from "../../logging/error-message.ts";
import type { Logger } from "../../logging/logger.ts";
import { callWithRetry, realSleep, type SlackRetryPolicy } from "./call-with-retry.ts";
import { classifyPostError } from "./classify-error.ts";
import { NoWorkspaceTokenError, noTokenError, type WorkspaceApis } from "./workspace-apis.ts";

/** Slack could not say who the person is just now; a later try may. Nothing is handled meanwhile. */
export class IdentityUnavailable extends Error {
  override name = "IdentityUnavailable";
}

/** Brief: a modal must be answered within 3 s, and the lookup comes first. */
export const IDENTITY_RETRY: Omit<SlackRetryPolicy, "sleep" | "random"> = {
  maxRetries: 2,
  maxWaitSeconds: 1,
};

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
  /** The last answer that came, kept past its expiry for when Slack cannot answer. */
  known?: SlackIdentity | undefined;
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

/** A lookup Slack did not answer (as opposed to one it answered "no such user"). */
function isTransient(error: unknown): boolean {
  const kind = classifyPostError(error).kind;
  return kind === "rate-limited" || kind === "ambiguous" || kind === "not-sent";
}

const MAX_ENTRIES = 10_000;

export function createIdentityResolver(
  apis: Pick<WorkspaceApis, "forWorkspace">,
  ttlMs: number,
  nowMs: () => number,
  retry: Partial<SlackRetryPolicy> = {},
): IdentityResolver {
  const cache = new Map<string, CacheEntry>();
  const policy: SlackRetryPolicy = { ...IDENTITY_RETRY, sleep: realSleep, random: Math.random, ...retry };
  return {
    resolve(workspace, userId) {
      const key = `${workspace}:${userId}`;
      const cached = cache.get(key);
      if (cached && cached.expiresAt > nowMs()) return cached.identity;
      // A user id means something only in its own workspace: asked with that workspace's token.
      const known = cached?.known;
      const asked = apis.forWorkspace(workspace).then((api) => {
        if (!api) throw noTokenError(workspace);
        return callWithRetry(
          () => api.call("users.info", { user: userId, include_locale: true }),
          policy,
          true,
        );
      });
      const identity = asked.then(identityFrom).catch((error: unknown) => {
        // Not remembered: the next request asks again.
        cache.delete(key);
        if (error instanceof NoWorkspaceTokenError || !isTransient(error)) throw error;
        if (known) {
          cache.set(key, { expiresAt: 0, identity: Promise.resolve(known), known });
          return known;
        }
        throw new IdentityUnavailable(`users.info did not answer: ${errorMessage(error)}`, { cause: error });
      });
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, { expiresAt: nowMs() + ttlMs, identity, known });
      void identity.then(
        (found) => {
          const entry = cache.get(key);
          if (entry?.identity === identity) entry.known = found;
        },
        () => {},
      );
      return identity;
    },
  };
}

/** The event with the person's e-mail, locale and name from Slack, asked with `workspace`'s token. */
export async function withIdentity(
  identity: IdentityResolver,
  event: InboundEvent,
  workspace: string,
  logger: Logger,
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
    // Slack did not answer: the caller keeps the person's answers and asks them to try again.
    if (error instanceof IdentityUnavailable) throw error;
    // Slack answered that it does not know them: the engine tells them so, which is what they should see.
    logger.warn("slack: users.info failed", { user: event.user.id, err: error });
    return event;
  }
}
