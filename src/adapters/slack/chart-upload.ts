// Slack shows no charts in messages: a card's chart goes up as a PNG beside the message (rendered from the
// card's SVG with resvg). The message itself already carries the same numbers as a table, so when an
// upload is not allowed (no files:write, a restricted workspace) nothing is lost.
import { Resvg } from "@resvg/resvg-js";
import type { Card, ChartBlock } from "../../../cards/model.ts";
import { renderChartSvg } from "../../../cards/render-chart-svg.ts";
import type { Logger } from "../../logging/logger.ts";
import type { SlackApi } from "./slack-api.ts";

export function chartPng(chart: ChartBlock): Buffer {
  const svg = renderChartSvg(chart);
  return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng());
}

export async function uploadCharts(
  card: Card,
  channel: string,
  api: SlackApi,
  logger: Logger,
): Promise<void> {
  const charts = card.blocks.filter((b): b is ChartBlock => b.type === "chart");
  for (const chart of charts) {
    try {
      await api.upload({ channel, filename: `${card.kind}.png`, title: chart.title, bytes: chartPng(chart) });
    } catch (error) {
      logger.warn("slack: chart upload refused, the table stands alone", { channel, err: error });
    }
  }
}
