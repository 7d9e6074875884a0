// A store whose saves take as long as a test says (a disk or database under load): every write of a
// submission waits `ms` before it is carried out. Reads are as fast as ever.
import type { Store } from "../../src/store/port.ts";

const SLOW: readonly (keyof Store)[] = [
  "submitAssessment",
  "savePdsaUpdate",
  "saveStatistics",
  "markPresentation",
];

export function slowWrites(store: Store, ms: () => number): Store {
  const slow = Object.create(store) as Store;
  for (const name of SLOW) {
    const write = (store[name] as (...args: unknown[]) => Promise<unknown>).bind(store);
    Object.assign(slow, {
      [name]: async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, ms()));
        return write(...args);
      },
    });
  }
  return slow;
}
