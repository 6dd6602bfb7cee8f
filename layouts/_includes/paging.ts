/** The pieces of a paged list: the pager and the line saying which part of a list a page shows. */
import { html, type SafeHtml } from '../../src/output/html.ts';
import { rangeLabel, type Chunk, type Pager, type PagerItem } from '../../src/output/paging.ts';

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
export function pagerNav(p: Pager | null, label = 'Pages'): SafeHtml | '' {
  if (!p) return '';
  return html`
<nav class="pager" aria-label="${label}">
<ul>${p.items.map(pagerLink)}</ul>
</nav>`;
}

/** "Figures 101–200 of 4,031" above a list that runs over several pages; nothing for a list that fits on one. */
export function rangeLine(chunk: Chunk<unknown>, noun: string): SafeHtml | '' {
  return chunk.paged
    ? html`<p class="range">${rangeLabel(chunk, noun)}</p>
`
    : '';
}

/** After the name on the pages after the first: "page 2 of 7". */
export function pageOf(p: { readonly number: number; readonly count: number }): SafeHtml {
  return html` <span class="page-of">page ${p.number} of ${p.count}</span>`;
}
