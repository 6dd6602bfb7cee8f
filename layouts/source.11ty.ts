/**
 * A page per outlet: what it carried, where it stands with the other outlets, its events and articles.
 * Long lists go by period: its own page shows the first, each period has its page (/sources/<id>/2016/, /2016-03/, /2016-03/2/, /undated/).
 */
import { html } from '../src/output/html.ts';
import type { SourcePage } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { claimItem, claimTable, disagreementList, groupList } from './_includes/claims.ts';
import { eventCard } from './_includes/event-card.ts';
import { plural } from './_includes/lists.ts';
import { pagerNav, periodNote, periodOf, periodTitle, rangeLine } from './_includes/paging.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly pg: SourcePage;
}

export const data = {
  pagination: { data: 'site.sourcePages', size: 1, alias: 'pg' },
  permalink: ({ pg }: Data) => pageFile(pg.url),
};

export function render(d: Data): string {
  const { pg } = d;
  const src = pg.source;
  const { first } = pg;
  return basePage(
    d,
    { title: periodTitle(src.name, pg), searchable: first, canonical: pg.canonical },
    html`${
      first
        ? html`<p class="crumbs"><a href="${SITE_URLS.sources}">Sources</a> › outlet</p>
<h1 data-pagefind-filter="kind:outlet"><span data-pagefind-filter="source">${src.name}</span></h1>
<p>${plural(src.articles.length, 'article', 'articles')}, ${plural(src.events.length, 'event', 'events')}, ${plural(src.claims.length, 'figure', 'figures')}.</p>`
        : html`<p class="crumbs"><a href="${SITE_URLS.sources}">Sources</a> › <a href="${src.url}">${src.name}</a> › ${pg.period?.name}</p>
<h1>${src.name}${periodOf(pg.period)}</h1>`
    }${periodNote(pg)}
${pg.shared && pg.shared.total > 0 && html`<h2>Its figures others carried too</h2>${rangeLine(pg.shared, 'Figures')}${groupList(pg.shared.items)}`}
${pg.against && pg.against.total > 0 && html`<h2>Where it stands against the others</h2>${rangeLine(pg.against, 'Disagreements')}${disagreementList(pg.against.items)}`}
${pg.alone && pg.alone.total > 0 && html`<h2>Where it stands alone</h2><p>Figures about things no other outlet counted for the same event:</p>${rangeLine(pg.alone, 'Figures')}<ul>${pg.alone.items.map(claimItem)}</ul>`}
${
  pg.events &&
  html`<h2>Events reported</h2>
${rangeLine(pg.events, 'Events')}${pg.events.items.length ? pg.events.items.map(eventCard) : html`<p class="muted">No events.</p>`}`
}
${
  pg.articles &&
  html`<h2>Articles</h2>
${rangeLine(pg.articles, 'Articles')}<ul>${pg.articles.items.map((a) => html`<li><a href="${a.url}">${a.title}</a> <span class="muted">${a.published}</span></li>`)}</ul>`
}
${pg.claims && pg.claims.total > 0 && html`<h2>Figures it carried</h2>${rangeLine(pg.claims, 'Figures')}${claimTable(pg.claims.items, 'Figures in this outlet’s articles')}`}${pagerNav(pg.pager, 'Periods')}`,
  );
}
