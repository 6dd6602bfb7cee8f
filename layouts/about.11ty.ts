/**
 * The About page: what the user wrote in content/about.md (Markdown, sanitized), made only
 * when there is such a file. It is the one page whose prose is the site owner's own.
 */
import { html, sanitizedMarkup } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

export const data = {
  permalink: ({ site }: PageData) => (site.about ? pageFile(SITE_URLS.about) : false),
};

export function render(d: PageData): string {
  const about = d.site.about;
  if (!about) return '';
  return basePage(
    d,
    { title: about.title },
    html`
<h1>${about.title}</h1>
<div class="prose">
${sanitizedMarkup(about.html)}</div>`,
  );
}
