/** Every article, with its outlet, its day and how many problems reading it. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';

export const data = { permalink: 'articles/index.html' };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Articles' },
    html`<h1>Articles</h1>
<ul class="index">${d.site.articles.map(
      (a) =>
        html`<li><a href="${a.url}">${a.title}</a> <span class="muted">${a.source ? a.source.name : 'unknown outlet'} · ${a.published}${a.warnings.length > 0 && ` · ${plural(a.warnings.length, 'warning', 'warnings')}`}</span></li>`,
    )}</ul>`,
  );
}
