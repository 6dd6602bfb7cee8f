/** A page per claimant: its other names, the figures it put out and who carried them, over time. */
import { html } from '../src/output/html.ts';
import type { SiteView } from '../src/output/view.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { figureChart } from './_includes/charts.ts';
import { claimTable } from './_includes/claims.ts';
import { links, plural } from './_includes/lists.ts';

interface Data extends PageData {
  readonly cl: SiteView['claimants'][number];
}

export const data = {
  pagination: { data: 'site.claimants', size: 1, alias: 'cl' },
  permalink: ({ cl }: Data) => `claimants/${cl.id}/index.html`,
};

export function render(d: Data): string {
  const { cl } = d;
  return basePage(
    d,
    { title: cl.name, searchable: true },
    html`<p class="crumbs"><a href="/claimants/">Claimants</a> › claimant</p>
<h1 data-pagefind-filter="kind:claimant" data-pagefind-weight="10">${cl.name}</h1>
${cl.aliases.length > 0 && html`<p class="aliases">Also named: <span data-pagefind-weight="5">${cl.aliases.join(', ')}</span></p>`}
<p>${plural(cl.claims.length, 'figure', 'figures')} put out, carried by ${links(cl.sources, 'no known outlet')}.</p>
${cl.events.length > 0 && html`<h2>Events it spoke about</h2><ul>${cl.events.map((e) => html`<li><a href="${e.url}">${e.name}</a></li>`)}</ul>`}
${cl.figureCharts.length > 0 && html`<h2>Figures over time</h2><div class="figcharts">${cl.figureCharts.map((fc) => figureChart(fc, `fig-${fc.category}`))}</div>`}
${cl.claims.length > 0 && html`<h2>Every figure</h2>${claimTable(cl.claims, `Every figure ${cl.name} put out, over time`)}`}`,
  );
}
