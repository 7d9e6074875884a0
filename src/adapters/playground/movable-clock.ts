// The playground's clock: real time plus an offset that the page's time control moves, so that a
// newcomer can jump to a deadline and watch the scheduler's reminders fire.

import { DateTime } from "luxon";

export type ClockMoved = (now: Date) => Promise<void> | void;

export class MovableClock {
  private offsetMs = 0;
  private readonly listeners = new Set<ClockMoved>();

  /** `realNow` is injected so tests can hold real time still. */
  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  /** How far the playground runs ahead of (or behind) real time. */
  offset(): number {
    return this.offsetMs;
  }

  /** Jumps to an instant; resolves once every listener (e.g. a scheduler tick) has run. */
  set(at: string | Date): Promise<Date> {
    const target = typeof at === "string" ? Date.parse(at) : at.getTime();
    if (Number.isNaN(target)) return Promise.reject(new RangeError(`not a date-time: ${String(at)}`));
    this.offsetMs = target - this.realNow();
    return this.moved();
  }

  /** Moves by whole days in `zone`: 08:30 stays 08:30 local time when summer time starts or ends between. */
  advanceDays(days: number, zone: string): Promise<Date> {
    const target = DateTime.fromJSDate(this.now(), { zone }).plus({ days });
    return this.set(target.toJSDate());
  }

  /** Back to real time. */
  reset(): Promise<Date> {
    this.offsetMs = 0;
    return this.moved();
  }

  advance(ms: number): Promise<Date> {
    this.offsetMs += ms;
    return this.moved();
  }

  /** Called after every move; returns the function that stops listening. */
  onMove(listener: ClockMoved): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async moved(): Promise<Date> {
    const now = this.now();
    // A failing listener must not stop the others; its owner logs its own errors.
    await Promise.allSettled([...this.listeners].map(async (listener) => listener(now)));
    return now;
  }
}
