// The chart's axis names the checklist's levels, not a level 0 no one can score; the bars still rise from
// a common baseline, so that a level-1 answer is a bar and not nothing.
import { describe, expect, it } from "vitest";
import type { ChartBlock } from "../../cards/model.ts";
import { renderChartSvg } from "../../cards/render-chart-svg.ts";

const chart: ChartBlock = {
  type: "chart",
  title: "Karlskrona kommun",
  categoryLabel: "Punkt",
  categories: ["1", "2"],
  series: [{ label: "Nulägesbedömning", values: [1, 3] }],
  max: 3,
  min: 1,
};

const axisLabels = (svg: string) =>
  [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="end">(\d+)<\/text>/g)].map((m) => m[1]);

describe("a chart of a 1–3 scale", () => {
  it("labels the axis 1, 2, 3 and not 0", () => {
    expect(axisLabels(renderChartSvg(chart))).toEqual(["1", "2", "3"]);
  });

  it("labels 0 too where the scale starts there", () => {
    expect(axisLabels(renderChartSvg({ ...chart, min: 0 }))).toEqual(["0", "1", "2", "3"]);
  });

  it("draws a level-1 answer as a bar of its own height", () => {
    // The bars: drawn from x and y (the legend's swatches are 12 px squares, the background has neither).
    const bars = [
      ...renderChartSvg(chart).matchAll(/<rect x="[\d.]+" y="[\d.]+" width="14" height="([\d.]+)"/g),
    ];
    const heights = bars.map((m) => Number(m[1]));
    expect(heights.length).toBe(2);
    expect(heights[0]).toBeGreaterThan(0);
    expect(heights[1]).toBeCloseTo((heights[0] ?? 0) * 3, 0);
  });
});
