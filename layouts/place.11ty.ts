/** A page per place: where it lies, its events, the articles that name it, and the figures about it. */
import { html } from '../src/output/html.ts';
import type { PlaceView } from '../src/output/view.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { figureChart, regionMap } from './_includes/charts.ts';
import { claimTable } from './_includes/claims.ts';
import { eventCard } from './_includes/event-card.ts';

interface Data extends PageData {
  readonly pl: PlaceView;
}

export const data = {
  pagination: { data: 'site.places', size: 1, alias: 'pl' },
  permalink: ({ pl }: Data) => `places/${pl.id}/index.html`,
};

export function render(d: Data): string {
  const { pl, site } = d;
  return basePage(
    d,
    { title: pl.name, searchable: true },
    html`<p class="crumbs"><a href="/places/">Places</a> › place</p>
<h1 data-pagefind-filter="kind:place" data-pagefind-weight="5"><span data-pagefind-filter="place">${pl.name}</span></h1>
<p class="meta">${pl.kind}${pl.admin1 && html` in ${pl.admin1}`}${pl.country && html` (${pl.country})`}</p>
${
  pl.map.marks.length
    ? regionMap(site.mapBase, pl.map, 'map-caption', `Where ${pl.name} lies, with the other places that have events.`)
    : pl.map.offMap.length > 0 && html`<p class="muted">${pl.name} lies outside the area the map shows.</p>`
}
<h2>Events here</h2>
${pl.events.length ? pl.events.map(eventCard) : html`<p class="muted">No event is placed here; it is mentioned in the articles below.</p>`}
<h2>Articles that name it</h2>
<ul>${pl.articles.map((a) => html`<li><a href="${a.url}">${a.name}</a></li>`)}</ul>
${pl.figureCharts.length > 0 && html`<h2>Figures over time</h2><div class="figcharts">${pl.figureCharts.map((fc) => figureChart(fc, `fig-${fc.category}`))}</div>`}
${pl.claims.length > 0 && html`<h2>Figures</h2>${claimTable(pl.claims, `Figures about ${pl.name}`)}`}`,
  );
}
