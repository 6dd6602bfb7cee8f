/** Every article, with its outlet, its day and how many problems reading it; a long index goes by period of publication (/articles/published/2016/ …). */
import { html } from '../src/output/html.ts';
import type { ArticlesPage } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';
import { pagerNav, periodNote, periodOf, periodTitle, rangeLine } from './_includes/paging.ts';
import { pageFile } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly pg: ArticlesPage;
}

export const data = {
  pagination: { data: 'site.articlePages', size: 1, alias: 'pg' },
  permalink: ({ pg }: Data) => pageFile(pg.url),
};

export function render(d: Data): string {
  const { pg } = d;
  const articles = pg.articles?.items ?? [];
  return basePage(
    d,
    { title: periodTitle('Articles', pg), canonical: pg.canonical },
    html`<h1>Articles${!pg.first && periodOf(pg.period)}</h1>${periodNote(pg)}
${pg.articles && rangeLine(pg.articles, 'Articles')}<ul class="index">${articles.map(
      (a) =>
        html`<li><a href="${a.url}">${a.title}</a> <span class="muted">${a.source ? a.source.name : 'unknown outlet'} · ${a.published}${a.warnings.length > 0 && ` · ${plural(a.warnings.length, 'warning', 'warnings')}`}</span></li>`,
    )}</ul>${pagerNav(pg.pager, 'Periods')}`,
  );
}
