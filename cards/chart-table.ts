// A chart's numbers as a table: what every renderer without native charts shows, so the figures are the same
// in every form.
import type { ChartBlock } from "./model.ts";

export function chartAsTable(chart: ChartBlock): { columns: string[]; rows: string[][] } {
  return {
    columns: [chart.categoryLabel, ...chart.series.map((s) => s.label)],
    rows: chart.categories.map((category, i) => [
      category,
      ...chart.series.map((s) => {
        const value = s.values[i];
        return value === undefined ? "–" : String(value);
      }),
    ]),
  };
}
