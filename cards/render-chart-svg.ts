// A chart block as an SVG image (grouped bars), for platforms that show pictures but not charts: Slack
// gets it as an uploaded PNG. Every bar carries its value in words, so nothing depends on colour alone.
import type { ChartBlock } from "./model.ts";

const COLOURS = ["#1f5f8b", "#e08a00", "#3b8f4a", "#8e3b8f", "#6b6b6b"];
const BAR = 14;
const GAP = 4;
const PLOT_HEIGHT = 180;
const LEFT = 40;
const TOP = 48;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderChartSvg(chart: ChartBlock): string {
  const groupWidth = chart.series.length * (BAR + GAP) + 12;
  const width = LEFT + chart.categories.length * groupWidth + 20;
  const legendTop = TOP + PLOT_HEIGHT + 34;
  const height = legendTop + chart.series.length * 18 + 10;
  const y = (value: number) => TOP + PLOT_HEIGHT - (Math.max(0, value) / chart.max) * PLOT_HEIGHT;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="24" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  ];
  for (let tick = 0; tick <= chart.max; tick++) {
    parts.push(`<line x1="${LEFT}" x2="${width - 10}" y1="${y(tick)}" y2="${y(tick)}" stroke="#dddddd"/>`);
    // A 1–3 scale has no level 0: the baseline is drawn, but not named as a score one could have.
    if (tick >= (chart.min ?? 0))
      parts.push(`<text x="${LEFT - 8}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`);
  }
  chart.categories.forEach((category, c) => {
    const x0 = LEFT + c * groupWidth + 6;
    chart.series.forEach((series, s) => {
      const value = series.values[c];
      if (value === undefined) return;
      const x = x0 + s * (BAR + GAP);
      const colour = COLOURS[s % COLOURS.length];
      parts.push(
        `<rect x="${x}" y="${y(value)}" width="${BAR}" height="${TOP + PLOT_HEIGHT - y(value)}" fill="${colour}"/>`,
      );
      parts.push(
        `<text x="${x + BAR / 2}" y="${y(value) - 3}" text-anchor="middle" font-size="9">${value}</text>`,
      );
    });
    parts.push(
      `<text x="${x0 + (groupWidth - 12) / 2}" y="${TOP + PLOT_HEIGHT + 16}" text-anchor="middle">${escapeXml(category)}</text>`,
    );
  });
  chart.series.forEach((series, s) => {
    const top = legendTop + s * 18;
    parts.push(
      `<rect x="${LEFT}" y="${top - 10}" width="12" height="12" fill="${COLOURS[s % COLOURS.length]}"/>`,
    );
    parts.push(`<text x="${LEFT + 18}" y="${top}">${escapeXml(series.label)}</text>`);
  });
  parts.push("</svg>");
  return parts.join("");
}
