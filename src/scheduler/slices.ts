// A tick works through a large round's tens of thousands of messages on the event loop that also answers
// the people's requests. It lets the loop run whenever it has worked for SLICE_MS, so that a request
// arriving meanwhile waits about that long, not for the whole plan.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Steps } from "../domain/steps.ts";

/** Long enough that the pauses cost next to nothing, short against a request's 100 ms. */
export const SLICE_MS = 5;

export interface Slices {
  /** Lets the event loop run if this slice has taken SLICE_MS; else resolves at once. */
  pause(): Promise<void>;
}

export function slices(sliceMs = SLICE_MS): Slices {
  let started = performance.now();
  return {
    async pause() {
      if (performance.now() - started < sliceMs) return;
      await nextTurn();
      started = performance.now();
    },
  };
}

/** Runs `steps` to the end, pausing between steps as `by` says. */
export async function inSlices<T>(steps: Steps<T>, by: Slices): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await by.pause();
  }
}
