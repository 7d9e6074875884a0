// What one measurement is: a figure through the whole stack, the same figure for a bare baseline measured
// in the same run, their ratio, and whether it meets its target. A run that lost work carries its failures
// instead of a number that would look fine.

export interface Measure {
  /** Which part of the issue this row answers: `slack`, `teams`, `status`, `reminders`, `start`. */
  section: string;
  name: string;
  unit: string;
  /** Through the whole stack (or the product code being measured). */
  value: number;
  /** The bare baseline measured in the same run; undefined where none applies. */
  bare?: number | undefined;
  /** value / bare. */
  ratio?: number | undefined;
  target?: Target | undefined;
  /** Filled by `judge`. */
  met?: boolean | undefined;
  /** What went wrong: a non-2xx answer, an unexpected body, a submission not stored. */
  failures?: string[] | undefined;
  note?: string | undefined;
}

export interface Target {
  /** Human words for the table, e.g. `≥ 0.7× bare`. */
  text: string;
  /** Which figure is held to the limit. */
  of: "value" | "ratio";
  atLeast?: number;
  atMost?: number;
  below?: number;
}

export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

export function judge(measure: Measure): Measure {
  const { target } = measure;
  if (!target) return measure;
  const figure = target.of === "ratio" ? measure.ratio : measure.value;
  if (figure === undefined || Number.isNaN(figure) || (measure.failures?.length ?? 0) > 0) {
    return { ...measure, met: false };
  }
  const atLeast = target.atLeast === undefined || figure >= target.atLeast;
  const atMost = target.atMost === undefined || figure <= target.atMost;
  const below = target.below === undefined || figure < target.below;
  return { ...measure, met: atLeast && atMost && below };
}

export function withRatio(measure: Omit<Measure, "ratio">): Measure {
  const { value, bare } = measure;
  return { ...measure, ratio: bare === undefined || bare === 0 ? undefined : value / bare };
}

/**
 * For the CPU scripts: one block to warm up (a fresh process runs the path interpreted), then `blocks`
 * measured ones of `perBlock` items; `measureBlock(first, perBlock)` gives µs per item for items from
 * `first`. Returns a line with the best and median block.
 */
export async function cpuBlocks(
  measureBlock: (first: number, perBlock: number) => Promise<number>,
  perBlock: number,
  blocks: number,
): Promise<string> {
  await measureBlock(0, perBlock);
  const results: number[] = [];
  for (let b = 1; b <= blocks; b++) results.push(await measureBlock(b * perBlock, perBlock));
  const sorted = [...results].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return (
    `best ${sorted[0]?.toFixed(0)} µs, median ${median.toFixed(0)} µs ` +
    `(blocks: ${results.map((r) => r.toFixed(0)).join(" ")})`
  );
}
