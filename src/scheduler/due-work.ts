// Which messages of a round this tick must act on: new ones that are due and still relevant, claims a
// stopped instance left behind, and transient failures worth another try. Stale ones are only reported.
import type { IsoDate } from "../domain/round.ts";
import { ITEMS_PER_STEP, type Steps } from "../domain/steps.ts";
import type { OutboxEntry, Store } from "../store/port.ts";
import { failureOfEntry, isUndelivered, mayRetry, retryAtMs } from "./outbox-failure.ts";
import { relevance } from "./relevance.ts";
import type { PlannedMessage } from "./scheduled-message.ts";
import type { Slices } from "./slices.ts";
import { isAbandoned } from "./takeover.ts";

export type Work =
  | { type: "fresh"; message: PlannedMessage }
  | { type: "retry"; message: PlannedMessage }
  | { type: "recover"; message: PlannedMessage; relevant: boolean };

export interface DueWork {
  work: Work[];
  stale: PlannedMessage[];
  /** Went stale while its platform was unavailable: the project managers are told once. */
  undelivered: PlannedMessage[];
}

export interface DueWorkInput {
  messages: readonly PlannedMessage[];
  entries: ReadonlyMap<string, OutboxEntry>;
  nowMs: number;
  today: IsoDate;
  leaseMs: number;
  inFlight: Set<string>;
}

/** The outbox entries a tick needs: unfinished ones, and any of the messages that are in their window. */
export async function outboxEntries(
  store: Store,
  roundId: string,
  inWindow: readonly PlannedMessage[],
  by: Slices,
): Promise<Map<string, OutboxEntry>> {
  const open = await Promise.all([
    store.listOutbox({ roundId, state: "claimed" }),
    store.listOutbox({ roundId, state: "failed" }),
  ]);
  const entries = new Map(open.flat().map((e) => [e.key, e]));
  for (const message of inWindow) {
    if (entries.has(message.key)) continue;
    const entry = await store.getOutbox(message.key);
    if (entry) entries.set(message.key, entry);
    await by.pause();
  }
  return entries;
}

/** What to do with each message, in steps (the tick runs it in slices; run it at once with `complete`). */
export function* dueWorkSteps(input: DueWorkInput): Steps<DueWork> {
  const result: DueWork = { work: [], stale: [], undelivered: [] };
  for (const [index, message] of input.messages.entries()) {
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const state = relevance(message, input.nowMs, input.today);
    if (state === "not-yet") continue;
    const entry = input.entries.get(message.key);
    // A newer reminder of the same organisation and meeting is due: only that one goes out.
    const relevant = state === "relevant" && message.supersededAtMs > input.nowMs;
    if (entry && isAbandoned(entry, new Date(input.nowMs), input.leaseMs, input.inFlight)) {
      result.work.push({ type: "recover", message, relevant });
    } else if (entry) {
      const retryable = entry.state === "failed" && mayRetry(failureOfEntry(entry));
      if (relevant && retryable && retryAtMs(entry) <= input.nowMs)
        result.work.push({ type: "retry", message });
      else if (!relevant && isUndelivered(entry)) result.undelivered.push(message);
    } else if (relevant) {
      result.work.push({ type: "fresh", message });
    } else if (state !== "long-stale") {
      result.stale.push(message);
    }
  }
  return result;
}
