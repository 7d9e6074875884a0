// A Teams user's e-mail, from the roster (TeamsInfo.getMember), cached: people are known by e-mail in the
// round file, and a roster call on every message would cost a round trip to the Bot Connector.
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { Clock, TeamsLogger } from "./teams-ports.ts";

const FOUND_TTL_MS = 60 * 60_000;
/** A failed look-up is retried sooner, but not on every message. */
const MISSING_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;

export class MemberDirectory {
  readonly #cache = new Map<string, { email: string | undefined; expiresAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly logger: TeamsLogger,
  ) {}

  async emailOf(
    context: TurnContext,
    tenantId: string,
    aadObjectId: string | undefined,
  ): Promise<string | undefined> {
    if (!aadObjectId) return undefined;
    const key = `${tenantId}|${aadObjectId}`;
    const now = this.clock().getTime();
    const cached = this.#cache.get(key);
    if (cached && cached.expiresAt > now) return cached.email;
    const email = await this.lookUp(context, aadObjectId);
    if (this.#cache.size >= MAX_ENTRIES) this.#cache.clear();
    this.#cache.set(key, { email, expiresAt: now + (email ? FOUND_TTL_MS : MISSING_TTL_MS) });
    return email;
  }

  private async lookUp(context: TurnContext, aadObjectId: string): Promise<string | undefined> {
    try {
      const member = await TeamsInfo.getMember(context, aadObjectId);
      const email = member.email ?? member.userPrincipalName;
      return email ? email.toLowerCase() : undefined;
    } catch (error) {
      this.logger.warn("teams: member look-up failed", { error: errorText(error) });
      return undefined;
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
