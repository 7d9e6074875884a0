// The round's results as JSON: the same data as the CSV plus PDSA cycles, presentations and statistics.
import type { RoundExport } from "./round-export.ts";

export function toJson(data: RoundExport): string {
  const { checklist, ...rest } = data;
  const points = checklist.points.map((p) => ({ id: p.id, title: p.title }));
  return `${JSON.stringify({ ...rest, checklist: { id: checklist.id, scale: checklist.scale, points } }, null, 2)}\n`;
}
