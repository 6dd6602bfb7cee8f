/** Every outlet whose articles were read. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

export const data = { permalink: pageFile(SITE_URLS.sources) };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Sources' },
    html`<h1>Sources</h1>
<p>The outlets whose articles were read. An article whose outlet could not be told is listed under <a href="${SITE_URLS.articles}">Articles</a> as “unknown outlet”.</p>
<ul class="index">${d.site.sources.map((s) => html`<li><a href="${s.url}">${s.name}</a> <span class="muted">${plural(s.articles.length, 'article', 'articles')}</span></li>`)}</ul>`,
  );
}
