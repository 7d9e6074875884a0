// Which tenants the bot talks to: those in TEAMS_ALLOWED_TENANTS (when set) that a programme round names
// (the engine's rule, the same as Slack's: a home, the project managers' home, a person's listed account)
// or that hold a binding. Anything else is ignored before anything is stored.
import { roundWorkspaces } from "../../engine/locate.ts";
import type { Clock, TeamsStore } from "./teams-ports.ts";

/** A new round file or binding is seen within this long. */
const KNOWN_TENANTS_TTL_MS = 60_000;

export type TenantVerdict = "accepted" | "not-allowed" | "unknown-tenant";

export class TenantGate {
  #known: { tenants: Set<string>; loadedAt: number } | undefined;

  constructor(
    private readonly allowedTenants: readonly string[],
    private readonly store: Pick<TeamsStore, "listRounds" | "listBindings">,
    private readonly clock: Clock,
  ) {}

  async check(tenantId: string): Promise<TenantVerdict> {
    const tenant = tenantId.toLowerCase();
    if (this.allowedTenants.length > 0 && !this.allowedTenants.some((t) => t.toLowerCase() === tenant)) {
      return "not-allowed";
    }
    const known = await this.knownTenants();
    return known.has(tenant) ? "accepted" : "unknown-tenant";
  }

  private async knownTenants(): Promise<Set<string>> {
    const now = this.clock().getTime();
    if (this.#known && now - this.#known.loadedAt < KNOWN_TENANTS_TTL_MS) return this.#known.tenants;
    const tenants = roundWorkspaces(await this.store.listRounds(), "teams");
    for (const binding of await this.store.listBindings()) {
      if (binding.platform === "teams") tenants.add(binding.workspace.toLowerCase());
    }
    this.#known = { tenants, loadedAt: now };
    return tenants;
  }
}
