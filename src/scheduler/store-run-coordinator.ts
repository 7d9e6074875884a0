// node-cron's distributed mode asks a coordinator whether this instance runs a tick. The store's tick claim
// answers yes for exactly one instance per key (the task name and the tick's scheduled instant).
import type { RunCoordinator } from "node-cron";
import type { Store } from "../store/port.ts";

export function storeRunCoordinator(
  store: Pick<Store, "claimTick">,
  instanceId: string,
  now: () => Date,
): RunCoordinator {
  return {
    // The claim is permanent, so the lease node-cron passes is not needed: a key is never run twice.
    shouldRun: (key) => store.claimTick(key, instanceId, now().toISOString()),
  };
}
