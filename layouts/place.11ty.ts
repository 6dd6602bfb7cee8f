/**
 * A page per place: where it lies, its events, the articles that name it, and the figures about it.
 * Long lists go by period: its own page shows the first, each period has its page (/places/<id>/2016/, /2016-03/, /2016-03/2/, /undated/).
 */
import { html } from '../src/output/html.ts';
import type { PlacePage } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { figureChart, regionMap } from './_includes/charts.ts';
import { claimTable } from './_includes/claims.ts';
import { eventCard } from './_includes/event-card.ts';
import { pagerNav, periodNote, periodOf, periodTitle, rangeLine } from './_includes/paging.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly pg: PlacePage;
}

export const data = {
  pagination: { data: 'site.placePages', size: 1, alias: 'pg' },
  permalink: ({ pg }: Data) => pageFile(pg.url),
};

export function render(d: Data): string {
  const { pg, site } = d;
  const pl = pg.place;
  const { first } = pg;
  return basePage(
    d,
    { title: periodTitle(pl.name, pg), searchable: first, canonical: pg.canonical },
    html`${
      first
        ? html`<p class="crumbs"><a href="${SITE_URLS.places}">Places</a> › place</p>
<h1 data-pagefind-filter="kind:place" data-pagefind-weight="5"><span data-pagefind-filter="place">${pl.name}</span></h1>
<p class="meta">${pl.kind}${pl.admin1 && html` in ${pl.admin1}`}${pl.country && html` (${pl.country})`}</p>
${
  pl.map.marks.length
    ? regionMap(site.mapBase, pl.map, 'map-caption', `Where ${pl.name} lies, with the places that have the most events.`)
    : pl.map.offMap.length > 0 && html`<p class="muted">${pl.name} lies outside the area the map shows.</p>`
}`
        : html`<p class="crumbs"><a href="${SITE_URLS.places}">Places</a> › <a href="${pl.url}">${pl.name}</a> › ${pg.period?.name}</p>
<h1>${pl.name}${periodOf(pg.period)}</h1>`
    }${periodNote(pg)}
${
  pg.events &&
  html`<h2>Events here</h2>
${rangeLine(pg.events, 'Events')}${pg.events.items.length ? pg.events.items.map(eventCard) : html`<p class="muted">No event is placed here; it is mentioned in the articles below.</p>`}`
}
${
  pg.articles &&
  html`<h2>Articles that name it</h2>
${rangeLine(pg.articles, 'Articles')}<ul>${pg.articles.items.map((a) => html`<li><a href="${a.url}">${a.name}</a></li>`)}</ul>`
}
${first && pl.figureCharts.length > 0 && html`<h2>Figures over time</h2><div class="figcharts">${pl.figureCharts.map((fc) => figureChart(fc, `fig-${fc.category}`))}</div>`}
${pg.claims && pg.claims.total > 0 && html`<h2>Figures</h2>${rangeLine(pg.claims, 'Figures')}${claimTable(pg.claims.items, `Figures about ${pl.name}`)}`}${pagerNav(pg.pager, 'Periods')}`,
  );
}
