/** The pieces of a paged list: the pager, the line saying which part of a list a page shows, the period after a name. */
import { html, type SafeHtml } from '../../src/output/html.ts';
import { rangeLabel, type Chunk, type Nav, type PagerItem, type Period } from '../../src/output/paging.ts';

function pagerLink(item: PagerItem): SafeHtml {
  if (!item.url) return html`<li class="gap" aria-hidden="true">${item.label}</li>`;
  if (item.rel === 'prev') return html`<li class="step"><a href="${item.url}" rel="prev"><span aria-hidden="true">← </span>${item.label}</a></li>`;
  if (item.rel === 'next') return html`<li class="step"><a href="${item.url}" rel="next">${item.label}<span aria-hidden="true"> →</span></a></li>`;
  return html`<li><a href="${item.url}"${item.current && html` aria-current="page"`}>${item.label}</a></li>`;
}

/**
 * The links between the pages of one list (or one entity's lists), on a line of its own
 * before which it puts a line break; nothing at all when there is a single page.
 */
export function pagerNav(p: Nav | null, label = 'Pages'): SafeHtml | '' {
  if (!p) return '';
  return html`
<nav class="pager" aria-label="${label}">
<ul>${p.items.map(pagerLink)}</ul>
</nav>`;
}

/** "Figures in March 2016: 170" above a list that runs over several pages; nothing for a list that fits on one. */
export function rangeLine(chunk: Chunk<unknown>, noun: string): SafeHtml | '' {
  return chunk.paged
    ? html`<p class="range">${rangeLabel(chunk, noun)}</p>
`
    : '';
}

/** A page's title: the name alone on its own page, with the period on a period's page ("Aleppo, March 2016"). */
export function periodTitle(name: string, pg: { readonly first: boolean; readonly period: Period | null }): string {
  return pg.first || !pg.period ? name : `${name}, ${pg.period.name}`;
}

/** After the name on a period's page: ", March 2016". */
export function periodOf(period: Period | null): SafeHtml | '' {
  return period ? html`<span class="page-of">, ${period.name}</span>` : '';
}

/**
 * On an entity's own page whose lists go by period: which period it shows, linked to that
 * period's own address (the one to cite); nothing on a period's page or a single page.
 */
export function periodNote(pg: { readonly first: boolean; readonly period: Period | null; readonly periodPage: string | null }): SafeHtml | '' {
  return pg.first && pg.period && pg.periodPage
    ? html`
<p class="range">Listed by period: this page shows <a href="${pg.periodPage}">${pg.period.name}</a>; the other periods are linked at the end of the page.</p>`
    : '';
}
