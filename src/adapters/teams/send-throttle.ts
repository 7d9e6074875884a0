// Teams allows about 7 messages per second per conversation and about 30 per second per tenant for an app.
// Every post reserves a slot in both windows and waits for it, so bursts (a reminder tick) spread out.
import type { Clock, Sleep } from "./teams-ports.ts";

export class SlidingWindow {
  readonly #slots = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Reserves the earliest slot for `key` at or after `at`; returns that time. */
  reserve(key: string, at: number): number {
    const times = (this.#slots.get(key) ?? []).filter((t) => t > at - this.windowMs);
    const blocking = times[times.length - this.limit];
    const slot = blocking === undefined ? at : Math.max(at, blocking + this.windowMs);
    times.push(slot);
    this.#slots.set(key, times);
    if (this.#slots.size > 10_000) this.forgetIdle(at);
    return slot;
  }

  private forgetIdle(at: number): void {
    for (const [key, times] of this.#slots) {
      if (times.every((t) => t <= at - this.windowMs)) this.#slots.delete(key);
    }
  }
}

/**
 * The windows are counted from when a post leaves here, Teams counts when it arrives: a post held up on
 * its way (a commit, a GC pause) would land in the next one's second. A tenth of a second of margin keeps
 * bursts clear of 429s at the cost of a tenth of the rate.
 */
const WINDOW_MS = 1100;

export class SendThrottle {
  readonly #perConversation = new SlidingWindow(7, WINDOW_MS);
  readonly #perTenant = new SlidingWindow(30, WINDOW_MS);

  constructor(
    private readonly clock: Clock,
    private readonly sleep: Sleep,
  ) {}

  async wait(tenantId: string, conversationId: string): Promise<void> {
    const now = this.clock().getTime();
    const conversationSlot = this.#perConversation.reserve(`${tenantId}|${conversationId}`, now);
    const slot = this.#perTenant.reserve(tenantId, conversationSlot);
    if (slot > now) await this.sleep(slot - now);
  }
}
