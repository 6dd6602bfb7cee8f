/** The page a server shows for an address that does not exist. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

export const data = { permalink: pageFile(SITE_URLS.notFound) };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Page not found' },
    html`
<h1>Page not found</h1>
<p>There is no page at this address. Start again from <a href="${SITE_URLS.home}">the timeline</a>, or look through <a href="${SITE_URLS.places}">places</a>, <a href="${SITE_URLS.sources}">sources</a> and <a href="${SITE_URLS.claimants}">claimants</a>.</p>`,
  );
}
