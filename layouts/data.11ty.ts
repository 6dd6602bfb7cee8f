/** Downloads and feeds: what each file holds, and the permanent links. */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { pageFile, SITE_FILES, SITE_URLS } from '../src/output/urls.ts';

export const data = { permalink: pageFile(SITE_URLS.data) };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Data and feeds' },
    html`
<h1>Data and feeds</h1>
<p>Everything on this site is built from the files below. Use them, check them, build on them; each row links back to the page that shows its evidence.</p>
<h2>Downloads</h2>
<dl class="downloads">
  <dt><a href="${SITE_FILES.eventsCsv}" download>events.csv</a></dt>
  <dd>One row per event: <code>event_id, date, end_date, precision, title, place, admin1, country, lat, lon, category, sources, articles, claims, url</code>. The place is the event's main place; <code>category</code> is what happened (capture, withdrawal, strike…).</dd>
  <dt><a href="${SITE_FILES.claimsCsv}" download>claims.csv</a></dt>
  <dd>One row per figure: <code>claim_id, date, end_date, precision, place, admin1, country, lat, lon, category, value, qualifier, what, claimant, source, published, article_id, event_id, group, quote, url</code>. <code>claimant</code> is who put the figure out; <code>source</code> the outlet that carried it; <code>quote</code> the sentence it was read from. Cells that begin like a spreadsheet formula start with a <code>'</code>.</dd>
  <dt><a href="${SITE_FILES.timelineJson}">timeline.json</a></dt>
  <dd>The whole data set (articles, sources, claimants, places, events, claims) in the documented data contract.</dd>
</dl>
<h2>Follow</h2>
<ul>
  <li><a href="${SITE_FILES.atomFeed}">Atom feed of events</a></li>
  <li><a href="${SITE_FILES.jsonFeed}">JSON Feed of events</a></li>
  <li><a href="${SITE_FILES.sitemap}">Sitemap</a></li>
</ul>
<h2>Permanent links</h2>
<p>Every event (<code>/events/&lt;id&gt;/</code>), article (<code>/articles/&lt;id&gt;/</code>), place, outlet and claimant has its own page, and every figure an anchor: <code>/articles/&lt;article&gt;/#&lt;claim&gt;</code> marks it in the article's text. Ids stay the same when the same articles are built again.</p>`,
  );
}
