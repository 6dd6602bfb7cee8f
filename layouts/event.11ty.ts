/** A page per event: when and where, who reported it, their figures side by side, and each report. */
import { html } from '../src/output/html.ts';
import type { EventView } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { claimItem, claimTable, disagreementList, figureGrid, groupList, tollSection } from './_includes/claims.ts';
import { filterLinks, plural } from './_includes/lists.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly ev: EventView;
}

export const data = {
  pagination: { data: 'site.events', size: 1, alias: 'ev' },
  permalink: ({ ev }: Data) => pageFile(ev.url),
};

export function render(d: Data): string {
  const { ev } = d;
  return basePage(
    d,
    { title: ev.title, searchable: true },
    html`<p class="crumbs"><a href="${SITE_URLS.home}">Timeline</a> › event</p>
<h1 data-pagefind-filter="kind:event">${ev.title}</h1>
<dl class="facts">
  <dt>When</dt><dd><time datetime="${ev.datetime}">${ev.date}</time> <span class="muted">(precision: ${ev.precision})</span></dd>
  <dt>Where</dt><dd>${filterLinks(ev.places, 'place', 'place not stated')}</dd>
  <dt>Reported by</dt><dd>${filterLinks(ev.outlets, 'source', 'unknown outlets')} — ${plural(ev.articleCount, 'article', 'articles')}${ev.singleSource && html` <strong class="note">Rests on one outlet alone.</strong>`}</dd>
  <dt>Grade</dt><dd class="grade grade-${ev.grade.figures}">${ev.grade.text}</dd>
</dl>
${
  ev.tolls.length > 0 &&
  html`
<h2>Figures by party</h2>
${ev.tolls.map(tollSection)}
`
}
${
  ev.disagreements.length > 0 &&
  html`
<h2>Where the outlets disagree</h2>
${disagreementList(ev.disagreements)}
`
}
${
  ev.figureTable.rows.length > 0 &&
  html`
<h2>Figures side by side</h2>
${figureGrid(ev.figureTable)}
`
}
${
  ev.groups.length > 0 &&
  html`
<h2>Who carried each figure first</h2>
${groupList(ev.groups)}
`
}
${
  ev.claims.length > 0 &&
  html`
<h2>Every figure</h2>
${claimTable(ev.claims, 'Every figure reported for this event, with who claims it and the sentence it was read from')}
`
}
<h2>Reports, in date order</h2>
<div class="reports">
${ev.reports.map(
  (r) => html`
<section class="report">
  <h3><a href="${r.article.url}">${r.article.name}</a></h3>
  <p class="meta">${r.source ? html`<a href="${r.source.url}">${r.source.name}</a>` : 'unknown outlet'} · ${r.published}${r.publishedInferred && ' (date reasoned from the text)'}</p>
  ${r.claims.length ? html`<ul>${r.claims.map(claimItem)}</ul>` : html`<p class="muted">No figures in this report.</p>`}
</section>
`,
)}
</div>`,
  );
}
