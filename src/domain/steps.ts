// Long computations over a whole round (a round of 2,000 clusters plans about 100,000 messages) written once as a
// generator that yields between pieces of work: run to the end at once where nothing else waits (a CLI,
// a test), or in slices by a server, so that requests arriving meanwhile are answered between slices.

/** How many items (reminders, messages) a loop works through between two pauses. */
export const ITEMS_PER_STEP = 1_000;

/** A computation of `T` that yields (nothing) wherever it may be paused. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function complete<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
