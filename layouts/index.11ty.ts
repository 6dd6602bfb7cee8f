/**
 * The home page: counts, the overview chart and map, ways to narrow down, and every event by month;
 * when there are too many events for one page, the years instead, each with a page of its own (year.11ty.ts).
 */
import { html, type SafeHtml } from '../src/output/html.ts';
import type { YearView } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { regionMap, timelineChart } from './_includes/charts.ts';
import { plural } from './_includes/lists.ts';
import { monthSection } from './_includes/months.ts';
import { SITE_URLS, yearMonthUrl } from '../src/output/urls.ts';

/** Every year with its count of events, the latest with its months. */
function yearList(years: readonly YearView[]): SafeHtml {
  const latest = years.at(-1);
  return html`
<section class="years" aria-labelledby="by-year">
  <h2 id="by-year">Events by year</h2>
  <ul class="year-list">${years.map(
    (y) =>
      html`<li><a href="${y.url}">${y.year}</a> <span class="muted">${plural(y.count, 'event', 'events')}</span>${
        y === latest &&
        html`<ul class="month-list">${y.months.map((m) => html`<li><a href="${yearMonthUrl(m.key)}">${m.label}</a> <span class="muted">${m.events.length}</span></li>`)}</ul>`
      }</li>`,
  )}</ul>
</section>
`;
}

export function render(d: PageData): string {
  const { site } = d;
  return basePage(
    d,
    { title: 'Timeline' },
    html`<h1>Timeline</h1>
<p class="lede">${plural(site.counts.events, 'event', 'events')} read from ${plural(site.counts.articles, 'article', 'articles')}${site.counts.sources > 0 ? ` by ${plural(site.counts.sources, 'outlet', 'outlets')}` : ' (no outlet named: add "source:" to their front matter)'}. Every figure leads back to the sentence and the outlet that carried it.</p>
${
  site.chart &&
  html`
<section class="overview" aria-labelledby="overview">
  <h2 id="overview">Overview</h2>
  ${timelineChart(site.chart, 'chart-caption', site.years.length > 0 ? 'on the pages of their years' : 'below')}
</section>
`
}
<div class="overview-grid">
${(site.map.marks.length > 0 || site.map.offMap.length > 0) && html`<section aria-labelledby="where"><h2 id="where">Where</h2>${regionMap(site.mapBase, site.map, 'map-caption', 'Where the events happened.')}</section>`}
<section class="filters" aria-labelledby="filters">
  <h2 id="filters">Narrow it down</h2>
  <div class="filter-groups">
  ${site.places.length > 0 && html`<div><h3>By place</h3><ul>${site.places.map((p) => p.events.length > 0 && html`<li><a href="${p.url}">${p.name}</a> <span class="muted">${p.events.length}</span></li>`)}<li><a href="${SITE_URLS.places}">every place</a></li></ul></div>`}
  ${site.sources.length > 0 && html`<div><h3>By outlet</h3><ul>${site.sources.map((s) => html`<li><a href="${s.url}">${s.name}</a> <span class="muted">${s.eventViews.length}</span></li>`)}</ul></div>`}
  ${site.claimants.length > 0 && html`<div><h3>By claimant</h3><ul>${site.claimants.map((c) => html`<li><a href="${c.url}">${c.name}</a> <span class="muted">${c.claims.length}</span></li>`)}</ul></div>`}
  </div>
  <p class="muted">Or <a href="${SITE_URLS.search}">search every article</a>. Reuse the data: <a href="${SITE_URLS.data}">downloads and feeds</a>.</p>
</section>
</div>
${
  site.years.length > 0
    ? yearList(site.years)
    : site.months.length
      ? site.months.map(monthSection)
      : html`
<p>No events yet: add articles to <code>content/articles/</code> and build again.</p>
`
}`,
  );
}
