// `/dashboard`: every cluster the person may see, each with its organisations' figures, due items and history.
import { arrow, formatDate } from "../../cards/format.ts";
import { formatInstant } from "../../cards/format-instant.ts";
import { describeChanges } from "../../cards/history.ts";
import { historyStrings } from "../../cards/history-strings.ts";
import { schedulerStrings } from "../../cards/scheduler-strings.ts";
import { stepName, strings } from "../../cards/strings.ts";
import type { Locale } from "../domain/round.ts";
import { meetingDeadline } from "../domain/round-deadlines.ts";
import { historyView } from "../engine/commands/history.ts";
import { dashboardStrings } from "./dashboard-strings.ts";
import type { ClusterPanel, DashboardView, OrganisationPanel } from "./dashboard-view.ts";
import { type Html, html, safeHref } from "./html.ts";
import type { PageLinks } from "./page-links.ts";
import { renderPage } from "./render-layout.ts";

const SYMBOL = { done: "✓", "done-late": "✓!", missing: "○", late: "!", missed: "✗" } as const;

export function renderRoundPage(
  view: DashboardView,
  locale: Locale,
  links: PageLinks,
  expiresAt: Date,
): string {
  const t = dashboardStrings(locale);
  const until = formatInstant(expiresAt.toISOString(), view.round.timeZone, locale);
  const title = `${view.round.name}: ${t.dashboard}`;
  return renderPage({
    t,
    title,
    documentTitle: title,
    subtitle: `${t.scope[view.scope]}. ${t.forPerson(view.actor.name, until)}`,
    otherLanguageHref: links.otherLanguage("/dashboard", t.otherLanguage.lang),
    body: html`${view.clusters.map((c) => clusterSection(c, view, locale, links))}`,
  });
}

function clusterSection(panel: ClusterPanel, view: DashboardView, locale: Locale, links: PageLinks): Html {
  const t = dashboardStrings(locale);
  const s = strings(locale);
  const { summary } = panel;
  const id = `cluster-${summary.cluster.id}`;
  const next = summary.next;
  return html`<section class="cluster" aria-labelledby="${id}">
<h2 id="${id}">${summary.cluster.name}</h2>
<p>${summary.concluded ? t.concluded : t.step(summary.step, stepName(s, summary.step))}
${next ? t.next(s.meetings[next.id], formatDate(next.date, locale)) : ""}
${nextDeadline(next, locale)}</p>
<p class="links"><a href="${links.cluster(summary.cluster.id)}">${t.clusterPage(summary.cluster.name)}</a>
${view.scope !== "organisation" ? html`<a href="${links.calendar({ cluster: summary.cluster.id })}">${t.calendar(summary.cluster.name)}</a>` : ""}</p>
${organisationTable(panel, view, locale)}
${dueTable(panel, locale)}
${panel.organisations.map((o) => organisationDetails(o, view, locale, links))}
</section>`;
}

/** What the next meeting asks for and by when, from the round's deadline list (round-deadlines.ts). */
function nextDeadline(next: ClusterPanel["summary"]["next"], locale: Locale): string {
  const deadline = next && meetingDeadline(next);
  if (!deadline) return "";
  const words = schedulerStrings(locale).clusterSummary.missing;
  const items = deadline.items.map((kind) => words[kind]).join(", ");
  return dashboardStrings(locale).deadline(formatDate(deadline.date, locale), items);
}

function organisationTable(panel: ClusterPanel, view: DashboardView, locale: Locale): Html {
  const t = dashboardStrings(locale);
  const s = strings(locale);
  const when = (at: string | undefined) => (at ? formatInstant(at, view.round.timeZone, locale) : t.none);
  const rows = panel.organisations.map((o) => {
    const p = o.progress;
    const totals = o.results.rounds.map(
      (r) =>
        html`<li>${s.assessmentRounds[r.round]}: ${r.total}/${o.results.maxTotal}${r.shift === undefined ? "" : ` (${arrow(r.shift)})`}</li>`,
    );
    const presentations = o.presentations.map((m) => {
      const href = safeHref(m.link);
      return html`<li>${href ? html`<a href="${href}">${s.meetings[m.meeting]}</a>` : `${s.meetings[m.meeting]}: ${m.link}`}</li>`;
    });
    return html`<tr>
<th scope="row">${p.organisationName}${p.isMentor ? ` (${t.mentor})` : ""}</th>
<td>${totals.length ? html`<ul class="due">${totals}</ul>` : t.none}</td>
<td>${p.ready ? t.yes : t.no}</td>
<td>${p.pdsaPhase ? s.phases[p.pdsaPhase] : t.none}</td>
<td>${when(o.lastUpdate)}</td>
<td>${presentations.length ? html`<ul class="due">${presentations}</ul>` : t.none}</td>
</tr>`;
  });
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.organisations(panel.summary.cluster.name)}">
<table>
<caption>${t.organisations(panel.summary.cluster.name)}</caption>
<thead><tr><th scope="col">${t.organisation}</th><th scope="col">${t.totals}</th><th scope="col">${t.ready}</th><th scope="col">${t.pdsa}</th><th scope="col">${historyStrings(locale).lastUpdated}</th><th scope="col">${t.presentations}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</div>`;
}

/** One row per organisation, one column per due item (the same for every organisation of the cluster). */
function dueTable(panel: ClusterPanel, locale: Locale): Html {
  const t = dashboardStrings(locale);
  const columns = panel.organisations[0]?.due ?? [];
  if (columns.length === 0) return html``;
  const caption = t.dueTable(panel.summary.cluster.name);
  const head = columns.map(
    (d) =>
      html`<th scope="col">${t.meetingShort[d.meeting]}: ${t.dueKind[d.kind]}<br><span class="date">${shortDate(d.date, locale)}</span></th>`,
  );
  const rows = panel.organisations.map(
    (o) =>
      html`<tr><th scope="row">${o.progress.organisationName}</th>${o.due.map(
        (d) =>
          html`<td><span class="state state-${d.state}">${SYMBOL[d.state]} ${t.state[d.state]}</span></td>`,
      )}</tr>`,
  );
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}">
<table class="due-table"><caption>${caption}</caption>
<thead><tr><th scope="col">${t.organisation}</th>${head}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

const SHORT_DATE: Record<Locale, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "short", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
};

/** `2027-03-29` → "29 mars" / "29 Mar": the column headers are short, the year is the round's. */
function shortDate(date: string, locale: Locale): string {
  return SHORT_DATE[locale].format(new Date(`${date}T12:00:00Z`));
}

function organisationDetails(
  o: OrganisationPanel,
  view: DashboardView,
  locale: Locale,
  links: PageLinks,
): Html {
  const t = dashboardStrings(locale);
  const name = o.progress.organisationName;
  return html`<details><summary>${t.more(name)}</summary>
<p class="links"><a href="${links.calendar({ organisation: o.progress.organisationId })}">${t.calendar(name)}</a></p>
${historyDetails(o, view, locale)}</details>`;
}

function historyDetails(o: OrganisationPanel, view: DashboardView, locale: Locale): Html {
  const t = dashboardStrings(locale);
  const h = historyStrings(locale);
  const s = strings(locale);
  const hv = historyView(view.round, o.progress.organisationName, o.history);
  const when = (at: string) => formatInstant(at, view.round.timeZone, locale);
  const round = hv.assessmentRound ? s.assessmentRounds[hv.assessmentRound] : h.noRound;
  const versions = hv.versions.length
    ? html`<div class="table-wrap"><table><caption>${h.assessmentHeading(round)}</caption>
<thead><tr><th scope="col">${h.version}</th><th scope="col">${h.who}</th><th scope="col">${h.when}</th><th scope="col">${h.lateColumn}</th><th scope="col">${h.changed}</th></tr></thead>
<tbody>${hv.versions.map((v) => html`<tr><td class="number">${v.version}</td><td>${v.who}</td><td>${when(v.at)}</td><td>${v.late ? h.late : h.onTime}</td><td>${describeChanges(v.changes, locale)}</td></tr>`)}</tbody></table></div>`
    : html`<p>${h.assessmentHeading(round)}: ${h.noVersions}</p>`;
  const cycles = hv.cycles.length
    ? html`<div class="table-wrap"><table><caption>${h.pdsaHeading}</caption>
<thead><tr><th scope="col">${h.area}</th><th scope="col">${h.cycle}</th><th scope="col">${h.phase}</th><th scope="col">${h.updates}</th><th scope="col">${h.lastUpdate}</th></tr></thead>
<tbody>${hv.cycles.map((c) => html`<tr><td>${c.area}</td><td class="number">${c.cycle}</td><td>${s.phases[c.phase]}</td><td class="number">${c.updates}</td><td>${when(c.at)}</td></tr>`)}</tbody></table></div>`
    : html`<p>${h.pdsaHeading}: ${h.noCycles}</p>`;
  return html`<h3>${t.history(o.progress.organisationName)}</h3>${versions}${cycles}`;
}
