// Notices to the project managers follow the reminders' rule for failures: a transient failure is tried
// again on later ticks, an unknown outcome once more after a delay (Slack first reads the channel back
// for the notice's key, Teams resends once), unavailable credentials with a growing delay. A notice is
// not in any round's plan, so the card and round it needs are kept here, by this instance, until its
// outbox entry is final. After a restart they are gone: the entry stays failed, as the log says.
import type { Round } from "../domain/round.ts";
import type { Delivery } from "./delivery.ts";
import { failureOfEntry, mayRetry, retryAtMs } from "./outbox-failure.ts";
import { type Recorded, recordResult } from "./record-result.ts";
import type { TakeoverResult } from "./takeover.ts";
import { isAbandoned, recoverClaim, retryFailed } from "./takeover.ts";
import type { TickContext } from "./tick-context.ts";

export interface PendingNotice {
  round: Round;
  delivery: Delivery;
  recorded: Recorded;
}

/** Records a notice's result, and keeps the notice for a later tick while its entry may be retried. */
export async function recordNotice(tick: TickContext, pending: PendingNotice, result: TakeoverResult) {
  await recordResult(tick, pending.round, pending.recorded, result);
  const retryable = result.status === "failed" && mayRetry(result.failure);
  if (retryable) tick.pendingNotices.set(pending.delivery.key, pending);
  else tick.pendingNotices.delete(pending.delivery.key);
}

/** Tries again every kept notice whose entry is due for it; drops the ones that became final. */
export async function retryNotices(tick: TickContext): Promise<void> {
  if (tick.dryRun) return;
  for (const pending of [...tick.pendingNotices.values()]) {
    const { key } = pending.delivery;
    const entry = await tick.delivery.store.getOutbox(key);
    if (!entry || entry.state === "sent" || (entry.state === "failed" && !mayRetry(failureOfEntry(entry)))) {
      tick.pendingNotices.delete(key);
      continue;
    }
    let result: TakeoverResult | undefined;
    if (isAbandoned(entry, tick.now, tick.leaseMs, tick.delivery.inFlight)) {
      result = await recoverClaim(tick.delivery, pending.delivery, tick.now, tick.leaseMs);
    } else if (entry.state === "failed" && retryAtMs(entry) <= tick.now.getTime()) {
      result = await retryFailed(tick.delivery, pending.delivery, tick.now, tick.leaseMs);
    }
    if (result && result.status !== "taken") await recordNotice(tick, pending, result);
  }
}
