// The results card: one organisation's score per checklist point across its rounds, total and shift,
// readiness, and beside each point the cluster's median and range (names only where the round allows).
import type { Checklist } from "../src/domain/checklist.ts";
import type { Locale } from "../src/domain/round.ts";
import { arrow } from "./format.ts";
import type { Block, Card } from "./model.ts";
import { resultsStrings } from "./results-strings.ts";
import type { ResultsView } from "./view-models.ts";

function formatNumber(n: number, locale: Locale): string {
  return Number.isInteger(n) ? String(n) : n.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB");
}

export function resultsCard(view: ResultsView, checklist: Checklist, locale: Locale): Card {
  const t = resultsStrings(locale);
  const heads = view.rounds.map((r) => (r.late ? `${t.rounds[r.round]} (${t.late})` : t.rounds[r.round]));
  const columns = [t.point, ...heads, t.change, t.cluster];
  const rows = view.points.map((p, i) => {
    const title = checklist.points.find((c) => c.id === p.pointId)?.title[locale] ?? p.pointId;
    const cluster = p.cluster
      ? t.spread(formatNumber(p.cluster.median, locale), p.cluster.min, p.cluster.max)
      : "–";
    return [
      `${i + 1}. ${title}`,
      ...p.scores.map((s) => (s === undefined ? "–" : String(s))),
      p.shift === undefined ? "–" : arrow(p.shift),
      cluster,
    ];
  });
  rows.push([
    t.total,
    ...view.rounds.map((r) => `${r.total}/${view.maxTotal}`),
    view.totalShift === undefined ? "–" : arrow(view.totalShift),
    "",
  ]);
  const blocks: Block[] = [
    {
      type: "facts",
      facts: [
        { label: t.organisation, value: view.organisationName },
        ...(view.formTitle ? [{ label: t.checklist, value: view.formTitle }] : []),
      ],
    },
  ];
  if (view.rounds.length === 0) blocks.push({ type: "text", text: t.noRounds });
  else {
    blocks.push({ type: "table", columns, rows });
    blocks.push({
      type: "chart",
      title: t.chartTitle,
      categoryLabel: t.point,
      categories: view.points.map((_, i) => String(i + 1)),
      series: view.rounds.map((r, i) => ({
        label: t.rounds[r.round],
        values: view.points.map((p) => p.scores[i]),
      })),
      max: checklist.scale.max,
      min: checklist.scale.min,
    });
    blocks.push({ type: "text", text: view.ready ? t.ready : t.notReady });
    const late = view.rounds.filter((r) => r.late).map((r) => t.rounds[r.round]);
    if (late.length) blocks.push({ type: "text", text: t.lateNote(late.join(", ")), muted: true });
  }
  if (view.clusterTotals) {
    blocks.push({
      type: "table",
      columns: [t.organisation, t.latestTotal],
      rows: view.clusterTotals.map((c) => [
        c.name,
        c.total === undefined ? "–" : `${c.total}/${view.maxTotal}`,
      ]),
    });
  }
  blocks.push({ type: "text", text: t.clusterNote(view.clusterSize), muted: true });
  const latest = view.rounds.at(-1);
  return {
    kind: "results",
    title: t.title(view.organisationName),
    summary: latest
      ? t.summary(view.organisationName, latest.total, view.maxTotal, view.totalShift)
      : t.noRounds,
    blocks,
  };
}
