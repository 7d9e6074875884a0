// A Teams user's e-mail, from the roster (the connector's conversation member), cached: people are known by e-mail in the
// round file, and a roster call on every message would cost a round trip to the Bot Connector, a call
// that is rate limited per bot. Kept under issue #17 for that (the Teams bench rows, bound elsewhere,
// could not show it) and because the cached e-mail is the fallback below when the roster fails.
// A look-up the connector does not answer (429, 5xx, a timeout) is retried briefly; if it still fails,
// the last e-mail known for the person is used, and without one MemberLookupUnavailable: the caller keeps
// the person's answers and asks them to try again, instead of treating them as someone unknown.

import { errorMessage } from "../../logging/error-message.ts";
import type { Logger } from "../../logging/logger.ts";
import type { Clock, Sleep } from "./teams-ports.ts";
import type { TurnIO } from "./turn-io.ts";

const FOUND_TTL_MS = 60 * 60_000;
/** A person the roster does not have is asked about again sooner, but not on every message. */
const MISSING_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;
/** Brief: an invoke is answered in the same HTTP response. */
const RETRY_DELAYS_MS = [200, 500];

export class MemberLookupUnavailable extends Error {
  override name = "MemberLookupUnavailable";
}

const shortSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.response?.status;
  return typeof status === "number" ? status : undefined;
}

/** The roster answered "no such member" (or refused for good): the person is not there. */
function isAnswer(error: unknown): boolean {
  const status = statusOf(error);
  return status === 400 || status === 403 || status === 404;
}

export class MemberDirectory {
  readonly #cache = new Map<string, { email: string | undefined; expiresAt: number }>();
  /** The last e-mail found per person, kept past its time for when the roster cannot answer. */
  readonly #known = new Map<string, string>();

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly sleep: Sleep = shortSleep,
  ) {}

  async emailOf(
    turn: Pick<TurnIO, "member">,
    tenantId: string,
    aadObjectId: string | undefined,
  ): Promise<string | undefined> {
    if (!aadObjectId) return undefined;
    const key = `${tenantId}|${aadObjectId}`;
    const now = this.clock().getTime();
    const cached = this.#cache.get(key);
    if (cached && cached.expiresAt > now) return cached.email;
    const found = await this.lookUp(turn, aadObjectId);
    if (found.unavailable) {
      const known = this.#known.get(key);
      if (known) return known;
      throw new MemberLookupUnavailable(`member look-up did not answer: ${found.error}`);
    }
    if (this.#cache.size >= MAX_ENTRIES) this.#cache.clear();
    if (this.#known.size >= MAX_ENTRIES) this.#known.clear();
    this.#cache.set(key, {
      email: found.email,
      expiresAt: now + (found.email ? FOUND_TTL_MS : MISSING_TTL_MS),
    });
    if (found.email) this.#known.set(key, found.email);
    return found.email;
  }

  private async lookUp(
    turn: Pick<TurnIO, "member">,
    aadObjectId: string,
  ): Promise<{ email: string | undefined; unavailable: false } | { unavailable: true; error: string }> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const member = await turn.member(aadObjectId);
        const email = member.email ?? member.userPrincipalName;
        return { email: email ? email.toLowerCase() : undefined, unavailable: false };
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (isAnswer(error) || delay === undefined) {
          this.logger.warn("teams: member look-up failed", { err: error });
          if (isAnswer(error)) return { email: undefined, unavailable: false };
          return { unavailable: true, error: errorMessage(error) };
        }
        await this.sleep(delay);
      }
    }
  }
}
