// Which tenants the bot talks to: those in TEAMS_ALLOWED_TENANTS (when set) that a programme round names
// (an organisation's Teams home) or that hold a binding. Anything else is ignored before anything is stored.
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
    const tenants = new Set<string>();
    for (const round of await this.store.listRounds()) {
      for (const organisation of round.organisations) {
        if (organisation.home?.platform === "teams") tenants.add(organisation.home.workspace.toLowerCase());
      }
    }
    for (const binding of await this.store.listBindings()) {
      if (binding.platform === "teams") tenants.add(binding.workspace.toLowerCase());
    }
    this.#known = { tenants, loadedAt: now };
    return tenants;
  }
}
