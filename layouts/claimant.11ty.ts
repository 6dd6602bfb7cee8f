/**
 * A page per claimant: its other names, the figures it put out and who carried them, over time.
 * Long lists go by period: its own page shows the first, each period has its page (/claimants/<id>/2016/, /2016-03/, /2016-03/2/, /undated/).
 */
import { html } from '../src/output/html.ts';
import type { ClaimantPage } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { figureChart } from './_includes/charts.ts';
import { claimTable } from './_includes/claims.ts';
import { links, plural } from './_includes/lists.ts';
import { pagerNav, periodNote, periodOf, periodTitle, rangeLine } from './_includes/paging.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly pg: ClaimantPage;
}

export const data = {
  pagination: { data: 'site.claimantPages', size: 1, alias: 'pg' },
  permalink: ({ pg }: Data) => pageFile(pg.url),
};

export function render(d: Data): string {
  const { pg } = d;
  const cl = pg.claimant;
  const { first } = pg;
  return basePage(
    d,
    { title: periodTitle(cl.name, pg), searchable: first, canonical: pg.canonical },
    html`${
      first
        ? html`<p class="crumbs"><a href="${SITE_URLS.claimants}">Claimants</a> › claimant</p>
<h1 data-pagefind-filter="kind:claimant" data-pagefind-weight="10">${cl.name}</h1>
${cl.aliases.length > 0 && html`<p class="aliases">Also named: <span data-pagefind-weight="5">${cl.aliases.join(', ')}</span></p>`}
<p>${plural(cl.claims.length, 'figure', 'figures')} put out, carried by ${links(cl.sources, 'no known outlet')}.</p>`
        : html`<p class="crumbs"><a href="${SITE_URLS.claimants}">Claimants</a> › <a href="${cl.url}">${cl.name}</a> › ${pg.period?.name}</p>
<h1>${cl.name}${periodOf(pg.period)}</h1>`
    }${periodNote(pg)}
${pg.events && pg.events.total > 0 && html`<h2>Events it spoke about</h2>${rangeLine(pg.events, 'Events')}<ul>${pg.events.items.map((e) => html`<li><a href="${e.url}">${e.name}</a></li>`)}</ul>`}
${first && cl.figureCharts.length > 0 && html`<h2>Figures over time</h2><div class="figcharts">${cl.figureCharts.map((fc) => figureChart(fc, `fig-${fc.category}`))}</div>`}
${pg.claims && pg.claims.total > 0 && html`<h2>Every figure</h2>${rangeLine(pg.claims, 'Figures')}${claimTable(pg.claims.items, `Every figure ${cl.name} put out, over time`)}`}${pagerNav(pg.pager, 'Periods')}`,
  );
}
