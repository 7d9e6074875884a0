// Teams allows about 7 messages per second per conversation and about 30 per second per tenant for an app,
// counted when they arrive. Every post takes a place in both windows and holds it from when it leaves
// until a window after it was answered: Teams had the post before it answered, so no second can see more
// arrivals than there are places, however long a post was on its way (a commit, a GC pause, a burst of
// other posts ahead of it in this process).
import type { Clock, Sleep } from "./teams-ports.ts";

interface Places {
  /** When each place held by an answered post frees, in order. */
  frees: number[];
  /** Places held by posts still waiting for their answer: free only a window after it. */
  inFlight: number;
}

export class SlidingWindow {
  readonly #places = new Map<string, Places>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** The earliest time at or after `at` with a free place for `key`; undefined while posts in flight hold the rest. */
  earliest(key: string, at: number): number | undefined {
    const places = this.#places.get(key);
    if (!places) return at;
    const frees = places.frees.filter((t) => t > at);
    const busy = frees.length + places.inFlight;
    if (busy < this.limit) return at;
    return frees[busy - this.limit];
  }

  /** Takes a place for a post leaving now; `free` gives it back when the post is answered. */
  hold(key: string): void {
    this.#at(key).inFlight += 1;
  }

  /** The place of a post answered at `at` frees a window later. */
  free(key: string, at: number): void {
    const places = this.#at(key);
    places.inFlight = Math.max(0, places.inFlight - 1);
    this.#insert(places, at + this.windowMs);
  }

  /** Takes the earliest place at or after `at` for a window from then, as for a post answered when it leaves. */
  reserve(key: string, at: number): number | undefined {
    const slot = this.earliest(key, at);
    if (slot !== undefined) this.#insert(this.#at(key), slot + this.windowMs);
    return slot;
  }

  /** Drops the key's places freed by `now` (every key's, once there are many), and keys with nothing left. */
  forget(key: string, now: number): void {
    const keys = this.#places.size > 10_000 ? [...this.#places.keys()] : [key];
    for (const k of keys) {
      const places = this.#places.get(k);
      if (!places) continue;
      places.frees = places.frees.filter((t) => t > now);
      if (places.frees.length === 0 && places.inFlight === 0) this.#places.delete(k);
    }
  }

  #at(key: string): Places {
    let places = this.#places.get(key);
    if (!places) {
      places = { frees: [], inFlight: 0 };
      this.#places.set(key, places);
    }
    return places;
  }

  #insert(places: Places, free: number): void {
    let i = places.frees.length;
    while (i > 0 && (places.frees[i - 1] as number) > free) i -= 1;
    places.frees.splice(i, 0, free);
  }
}

/**
 * A second plus a tenth. Counted from each answer, a second would do; the tenth is kept as slack for a
 * platform that counts a little differently.
 */
const WINDOW_MS = 1100;

export class SendThrottle {
  readonly #perConversation = new SlidingWindow(7, WINDOW_MS);
  readonly #perTenant = new SlidingWindow(30, WINDOW_MS);
  /** Woken whenever a place is given back: a post waiting on posts in flight looks again. */
  #freed: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly sleep: Sleep,
  ) {}

  /** Waits for a place in both windows and takes it; call the result when the post has been answered. */
  async acquire(tenantId: string, conversationId: string): Promise<() => void> {
    const conversation = `${tenantId}|${conversationId}`;
    for (;;) {
      const now = this.clock().getTime();
      this.#perConversation.forget(conversation, now);
      this.#perTenant.forget(tenantId, now);
      const first = this.#perConversation.earliest(conversation, now);
      const slot = first === undefined ? undefined : this.#perTenant.earliest(tenantId, first);
      if (slot === undefined) {
        await new Promise<void>((resolve) => this.#freed.push(resolve));
      } else if (slot > now) {
        // Look again after the sleep: another post may have taken the place, or the timer fired early.
        await this.sleep(slot - now);
      } else {
        this.#perConversation.hold(conversation);
        this.#perTenant.hold(tenantId);
        return () => this.#free(tenantId, conversation);
      }
    }
  }

  /** For a post whose answer is not awaited here: its place counts from when it leaves. */
  async wait(tenantId: string, conversationId: string): Promise<void> {
    const free = await this.acquire(tenantId, conversationId);
    free();
  }

  #free(tenantId: string, conversation: string): void {
    const at = this.clock().getTime();
    this.#perConversation.free(conversation, at);
    this.#perTenant.free(tenantId, at);
    const waiting = this.#freed;
    this.#freed = [];
    for (const wake of waiting) wake();
  }
}
