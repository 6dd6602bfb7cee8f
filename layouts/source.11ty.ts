/** A page per outlet: what it carried, where it stands with the other outlets, its events and articles. */
import { html } from '../src/output/html.ts';
import type { SiteView } from '../src/output/view.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { claimItem, claimTable, disagreementList, groupList } from './_includes/claims.ts';
import { eventCard } from './_includes/event-card.ts';
import { plural } from './_includes/lists.ts';

interface Data extends PageData {
  readonly src: SiteView['sources'][number];
}

export const data = {
  pagination: { data: 'site.sources', size: 1, alias: 'src' },
  permalink: ({ src }: Data) => `sources/${src.id}/index.html`,
};

export function render(d: Data): string {
  const { src } = d;
  const { standing } = src;
  return basePage(
    d,
    { title: src.name, searchable: true },
    html`<p class="crumbs"><a href="/sources/">Sources</a> › outlet</p>
<h1 data-pagefind-filter="kind:outlet"><span data-pagefind-filter="source">${src.name}</span></h1>
<p>${plural(src.articles.length, 'article', 'articles')}, ${plural(src.events.length, 'event', 'events')}, ${plural(src.claims.length, 'figure', 'figures')}.</p>
${standing.shared.length > 0 && html`<h2>Its figures others carried too</h2>${groupList(standing.shared)}`}
${standing.against.length > 0 && html`<h2>Where it stands against the others</h2>${disagreementList(standing.against)}`}
${standing.alone.length > 0 && html`<h2>Where it stands alone</h2><p>Figures about things no other outlet counted for the same event:</p><ul>${standing.alone.map(claimItem)}</ul>`}
<h2>Events reported</h2>
${src.eventViews.length ? src.eventViews.map(eventCard) : html`<p class="muted">No events.</p>`}
<h2>Articles</h2>
<ul>${src.articles.map((a) => html`<li><a href="${a.url}">${a.title}</a> <span class="muted">${a.published}</span></li>`)}</ul>
${src.claims.length > 0 && html`<h2>Figures it carried</h2>${claimTable(src.claims, 'Figures in this outlet’s articles')}`}`,
  );
}
