/** Every place named in the articles. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

export const data = { permalink: pageFile(SITE_URLS.places) };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Places' },
    html`<h1>Places</h1>
<ul class="index">${d.site.places.map(
      (p) =>
        html`<li><a href="${p.url}">${p.name}</a> <span class="muted">${p.kind}${p.admin1 && `, ${p.admin1}`} · ${plural(p.events.length, 'event', 'events')}</span></li>`,
    )}</ul>`,
  );
}
