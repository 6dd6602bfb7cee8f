/** The home page: counts, the overview chart and map, ways to narrow down, and every event by month. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { regionMap, timelineChart } from './_includes/charts.ts';
import { eventCard } from './_includes/event-card.ts';

export function render(d: PageData): string {
  const { site } = d;
  return basePage(
    d,
    { title: 'Timeline' },
    html`<h1>Timeline</h1>
<p class="lede">${site.counts.events} events read from ${site.counts.articles} articles by ${site.counts.sources} outlets. Every figure leads back to the sentence and the outlet that carried it.</p>
${site.chart && html`
<section class="overview" aria-labelledby="overview">
  <h2 id="overview">Overview</h2>
  ${timelineChart(site.chart, 'chart-caption')}
</section>
`}
<div class="overview-grid">
${(site.map.marks.length > 0 || site.map.offMap.length > 0) && html`<section aria-labelledby="where"><h2 id="where">Where</h2>${regionMap(site.mapBase, site.map, 'map-caption', 'Where the events happened.')}</section>`}
<section class="filters" aria-labelledby="filters">
  <h2 id="filters">Narrow it down</h2>
  <div class="filter-groups">
  ${site.places.length > 0 && html`<div><h3>By place</h3><ul>${site.places.map((p) => p.events.length > 0 && html`<li><a href="${p.url}">${p.name}</a> <span class="muted">${p.events.length}</span></li>`)}<li><a href="/places/">every place</a></li></ul></div>`}
  ${site.sources.length > 0 && html`<div><h3>By outlet</h3><ul>${site.sources.map((s) => html`<li><a href="${s.url}">${s.name}</a> <span class="muted">${s.eventViews.length}</span></li>`)}</ul></div>`}
  ${site.claimants.length > 0 && html`<div><h3>By claimant</h3><ul>${site.claimants.map((c) => html`<li><a href="${c.url}">${c.name}</a> <span class="muted">${c.claims.length}</span></li>`)}</ul></div>`}
  </div>
  <p class="muted">Or <a href="/search/">search every article</a>. Reuse the data: <a href="/data/">downloads and feeds</a>.</p>
</section>
</div>
${site.months.length ? site.months.map((month) => html`
<section class="month" aria-labelledby="m-${month.key}">
  <h2 id="m-${month.key}">${month.label}</h2>
  ${month.events.map(eventCard)}
</section>
`) : html`
<p>No events yet: add articles to <code>content/articles/</code> and build again.</p>
`}`,
  );
}
