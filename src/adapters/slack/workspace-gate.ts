// Only workspaces that take part in a programme round (a home in a round file, or a channel bound
// later) may use the bot. Asked per request so that a binding made a moment ago counts at once.
import { isKnownWorkspace } from "../../engine/locate.ts";
import type { Store } from "../../store/port.ts";

export type BindingLookup = Pick<Store, "listBindings" | "roundsNaming">;

export function isWorkspaceBound(store: BindingLookup, workspace: string): Promise<boolean> {
  return isKnownWorkspace(store, "slack", workspace);
}
