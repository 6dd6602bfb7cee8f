/** A page per article: where it comes from, what was found in it, and its text with every find marked. */
import { html } from '../src/output/html.ts';
import type { ArticleView, Segment } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { claimTable } from './_includes/claims.ts';
import { filterLinks, links } from './_includes/lists.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly art: ArticleView;
}

export const data = {
  pagination: { data: 'site.articles', size: 1, alias: 'art' },
  permalink: ({ art }: Data) => pageFile(art.url),
};

function segment({ text, mark }: Segment) {
  if (!mark) return text;
  return mark.url
    ? html`<a class="m-${mark.kind}" href="${mark.url}" title="${mark.title}"${mark.id && html` id="${mark.id}"`}>${text}</a>`
    : html`<mark class="m-${mark.kind}" title="${mark.title}">${text}</mark>`;
}

export function render(d: Data): string {
  const { art } = d;
  return basePage(
    d,
    { title: art.title, searchable: true },
    html`<p class="crumbs"><a href="${SITE_URLS.articles}">Articles</a> › article</p>
<h1 data-pagefind-filter="kind:article">${art.title}</h1>
<dl class="facts">
  <dt>Outlet</dt><dd>${art.source ? html`<a href="${art.source.url}" data-pagefind-filter="source">${art.source.name}</a> <span class="muted">(${art.sourceEvidence})</span>` : 'unknown outlet'}</dd>
  <dt>Published</dt><dd>${art.publishedDatetime ? html`<time datetime="${art.publishedDatetime}">${art.published}</time>` : art.published}${
    art.publishedInferred ? html` <span class="note">${art.publishedHow}</span>` : art.publishedHow && html` <span class="muted">(${art.publishedHow})</span>`
  }</dd>
  <dt>Places</dt><dd>${filterLinks(art.places, 'place', 'none found')}</dd>${
    art.filedFrom &&
    html`
  <dt>Filed from</dt><dd><a href="${art.filedFrom.url}">${art.filedFrom.name}</a> <span class="muted">(the dateline: where the report was written)</span></dd>`
  }
  <dt>Events</dt><dd>${links(art.events, 'none found')}</dd>
  <dt>File</dt><dd><code>${art.file}</code>${art.originalUrl && html` · <a href="${art.originalUrl}" rel="nofollow noopener">original page</a>`}</dd>
</dl>
${art.warnings.length > 0 && html`<div class="warnings" role="note"><h2>Problems reading this file</h2><ul>${art.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>`}
<h2>Text</h2>
<p class="legend"><mark class="m-date">date</mark> <mark class="m-place">place</mark> <mark class="m-figure">figure</mark> <mark class="m-claimant">claimant</mark></p>
<div class="body"${art.language !== 'eng' && html` lang="${art.language}"`}>
${
  art.paragraphs.length
    ? art.paragraphs.map(
        (para) => html`<p>${para.map(segment)}</p>
`,
      )
    : html`<p class="muted">No text could be read from this file.</p>`
}
</div>
${art.teasers.length > 0 && html`<h2>Links on the page</h2><ul class="teasers">${art.teasers.map((t) => html`<li>${t}</li>`)}</ul>`}
${art.claims.length > 0 && html`<h2>Figures</h2>${claimTable(art.claims, 'Figures read from this article')}`}`,
  );
}
