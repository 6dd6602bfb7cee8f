/**
 * A page per claimant: its other names, the figures it put out and who carried them, over time.
 * Long lists go on over further pages (/claimants/<id>/page/2/ …), chunk k of each list on page k.
 */
import { html } from '../src/output/html.ts';
import type { ClaimantPage } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { figureChart } from './_includes/charts.ts';
import { claimTable } from './_includes/claims.ts';
import { links, plural } from './_includes/lists.ts';
import { pageOf, pagerNav, rangeLine } from './_includes/paging.ts';
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
  const first = pg.number === 1;
  return basePage(
    d,
    { title: first ? cl.name : `${cl.name}, page ${pg.number} of ${pg.count}`, searchable: first },
    html`${
      first
        ? html`<p class="crumbs"><a href="${SITE_URLS.claimants}">Claimants</a> › claimant</p>
<h1 data-pagefind-filter="kind:claimant" data-pagefind-weight="10">${cl.name}</h1>
${cl.aliases.length > 0 && html`<p class="aliases">Also named: <span data-pagefind-weight="5">${cl.aliases.join(', ')}</span></p>`}
<p>${plural(cl.claims.length, 'figure', 'figures')} put out, carried by ${links(cl.sources, 'no known outlet')}.</p>`
        : html`<p class="crumbs"><a href="${SITE_URLS.claimants}">Claimants</a> › <a href="${cl.url}">${cl.name}</a> › page ${pg.number}</p>
<h1>${cl.name}${pageOf(pg)}</h1>`
    }
${pg.events && pg.events.total > 0 && html`<h2>Events it spoke about</h2>${rangeLine(pg.events, 'Events')}<ul>${pg.events.items.map((e) => html`<li><a href="${e.url}">${e.name}</a></li>`)}</ul>`}
${first && cl.figureCharts.length > 0 && html`<h2>Figures over time</h2><div class="figcharts">${cl.figureCharts.map((fc) => figureChart(fc, `fig-${fc.category}`))}</div>`}
${pg.claims && pg.claims.total > 0 && html`<h2>Every figure</h2>${rangeLine(pg.claims, 'Figures')}${claimTable(pg.claims.items, `Every figure ${cl.name} put out, over time`)}`}${pagerNav(pg.pager)}`,
  );
}
