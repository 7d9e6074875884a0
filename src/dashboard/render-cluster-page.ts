// `/dashboard/cluster/<id>`: per organisation, its score per checklist point in each self-assessment as an
// SVG bar chart drawn on the server, with the same figures (and the shift) in a table beside it.
import { arrow } from "../../cards/format.ts";
import type { ChartBlock } from "../../cards/model.ts";
import { renderChartSvg } from "../../cards/render-chart-svg.ts";
import { strings } from "../../cards/strings.ts";
import type { Checklist } from "../domain/checklist.ts";
import type { Locale } from "../domain/round.ts";
import { dashboardStrings } from "./dashboard-strings.ts";
import type { ClusterPanel, DashboardView, OrganisationPanel } from "./dashboard-view.ts";
import { type Html, html, raw } from "./html.ts";
import type { PageLinks } from "./page-links.ts";
import { renderPage } from "./render-layout.ts";

export function renderClusterPage(
  view: DashboardView,
  panel: ClusterPanel,
  checklist: Checklist,
  locale: Locale,
  links: PageLinks,
): string {
  const t = dashboardStrings(locale);
  const cluster = panel.summary.cluster;
  return renderPage({
    t,
    title: `${cluster.name}: ${view.round.name}`,
    subtitle: t.clusterPage(cluster.name),
    nav: html`<a href="${links.dashboard()}">${t.back}</a>`,
    otherLanguageHref: links.otherLanguage(
      `/dashboard/cluster/${encodeURIComponent(cluster.id)}`,
      t.otherLanguage.lang,
    ),
    body: html`${panel.organisations.map((o) => organisationChart(o, checklist, locale))}`,
  });
}

function organisationChart(o: OrganisationPanel, checklist: Checklist, locale: Locale): Html {
  const t = dashboardStrings(locale);
  const s = strings(locale);
  const name = o.progress.organisationName;
  const id = `org-${o.progress.organisationId}`;
  const { rounds, points } = o.results;
  if (rounds.length === 0) {
    return html`<section class="cluster" aria-labelledby="${id}"><h2 id="${id}">${t.chartHeading(name)}</h2><p>${t.noScores}</p></section>`;
  }
  const chart: ChartBlock = {
    type: "chart",
    // The SVG is as wide as its bars: the organisation's name fits in its title, the rest is the heading's.
    title: name,
    categoryLabel: t.point,
    categories: checklist.points.map((_, i) => String(i + 1)),
    series: rounds.map((r, i) => ({
      label: s.assessmentRounds[r.round],
      values: points.map((p) => p.scores[i]),
    })),
    max: checklist.scale.max,
    min: checklist.scale.min,
  };
  const rows = checklist.points.map((point, i) => {
    const result = points[i];
    const cells = rounds.map((_, r) => html`<td class="number">${result?.scores[r] ?? t.none}</td>`);
    const shift = result?.shift;
    return html`<tr><th scope="row">${i + 1}. ${point.title[locale]}</th>${cells}<td>${shift === undefined ? t.none : arrow(shift)}</td></tr>`;
  });
  return html`<section class="cluster" aria-labelledby="${id}">
<h2 id="${id}">${t.chartHeading(name)}</h2>
<div class="chart">
<figure>${accessibleSvg(renderChartSvg(chart), t.chartAlt(name))}<figcaption>${t.chartAlt(name)}</figcaption></figure>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.tableCaption(name)}">
<table>
<caption>${t.tableCaption(name)}</caption>
<thead><tr><th scope="col">${t.point}</th>${rounds.map((r) => html`<th scope="col">${s.assessmentRounds[r.round]}</th>`)}<th scope="col">${t.shift}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
</div>
</section>`;
}

/** The chart as an image with a text alternative, scaling down to the page's width (a viewBox). */
function accessibleSvg(svg: string, label: string): Html {
  const size = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  const viewBox = size ? ` viewBox="0 0 ${size[1]} ${size[2]}"` : "";
  const opening = html`<svg role="img" aria-label="${label}"${raw(viewBox)} `;
  return raw(svg.replace(/^<svg /, opening.value));
}
