/** Every claimant: who put the figures out. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

export const data = { permalink: pageFile(SITE_URLS.claimants) };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Claimants' },
    html`<h1>Claimants</h1>
<p>Who put the figures out: ministries, monitors, spokesmen.</p>
<ul class="index">${d.site.claimants.map((c) => html`<li><a href="${c.url}">${c.name}</a> <span class="muted">${plural(c.claims.length, 'figure', 'figures')}</span></li>`)}</ul>`,
  );
}
