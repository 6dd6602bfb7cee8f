/**
 * A page per year of the timeline, its events by month, made only when the home page
 * would be too long to list every event (site.yearPages is empty otherwise).
 */
import { html } from '../src/output/html.ts';
import type { YearView } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';
import { monthSection } from './_includes/months.ts';
import { pagerNav } from './_includes/paging.ts';
import { monthUrl, pageFile, SITE_URLS } from '../src/output/urls.ts';

interface Data extends PageData {
  readonly yr: YearView;
}

export const data = {
  pagination: { data: 'site.yearPages', size: 1, alias: 'yr' },
  permalink: ({ yr }: Data) => pageFile(yr.url),
};

export function render(d: Data): string {
  const { yr } = d;
  return basePage(
    d,
    { title: `${yr.year}: timeline` },
    html`<p class="crumbs"><a href="${SITE_URLS.home}">Timeline</a> › year</p>
<h1>${yr.year}</h1>
<p class="lede">${plural(yr.count, 'event', 'events')} in ${yr.year}, by month.</p>
<nav class="month-jump" aria-label="Months"><ul>${yr.months.map((m) => html`<li><a href="${monthUrl(m.key)}">${m.label}</a> <span class="muted">${m.events.length}</span></li>`)}</ul></nav>
${yr.months.map(monthSection)}${pagerNav(yr.nav, 'Years')}`,
  );
}
