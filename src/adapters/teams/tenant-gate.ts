// Which tenants the bot talks to: those in TEAMS_ALLOWED_TENANTS (when set) that a programme round names
// (the engine's rule, the same as Slack's: a home, the project managers' home, a person's listed account)
// or that hold a binding. Anything else is ignored before anything is stored. Asked per request, as Slack's
// gate is, so that a round file imported or a channel bound a moment ago counts at once.
import { isKnownWorkspace } from "../../engine/locate.ts";
import type { TeamsStore } from "./teams-ports.ts";

export type TenantVerdict = "accepted" | "not-allowed" | "unknown-tenant";

export class TenantGate {
  constructor(
    private readonly allowedTenants: readonly string[],
    private readonly store: Pick<TeamsStore, "roundsNaming" | "listBindings">,
  ) {}

  async check(tenantId: string): Promise<TenantVerdict> {
    const tenant = tenantId.toLowerCase();
    if (this.allowedTenants.length > 0 && !this.allowedTenants.some((t) => t.toLowerCase() === tenant)) {
      return "not-allowed";
    }
    return (await isKnownWorkspace(this.store, "teams", tenant)) ? "accepted" : "unknown-tenant";
  }
}
