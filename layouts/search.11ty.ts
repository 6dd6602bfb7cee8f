/** Search over every page marked searchable (Pagefind's interface, loaded in the browser). */
import { html } from '../src/output/html.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { pageFile, SITE_FILES, SITE_URLS } from '../src/output/urls.ts';

export const data = { permalink: pageFile(SITE_URLS.search) };

export function render(d: PageData): string {
  return basePage(
    d,
    { title: 'Search', extraCss: SITE_FILES.pagefindStylesheet },
    html`
<h1>Search</h1>
<p class="muted">Search the text of every article, event, place, outlet and claimant. Narrow the results by outlet or place.</p>
<div id="search" class="search" data-base="${d.pathPrefix}"></div>
<noscript><p class="note">Search runs in your browser and needs JavaScript, which is off. You can still find everything: browse <a href="${SITE_URLS.places}">places</a>, <a href="${SITE_URLS.sources}">outlets</a>, <a href="${SITE_URLS.claimants}">claimants</a> or <a href="${SITE_URLS.articles}">every article</a>, or start from <a href="${SITE_URLS.home}">the timeline</a>.</p></noscript>
<p id="search-missing" class="note" hidden>The search index is missing from this copy of the site. Browse <a href="${SITE_URLS.places}">places</a>, <a href="${SITE_URLS.sources}">outlets</a>, <a href="${SITE_URLS.claimants}">claimants</a> or <a href="${SITE_URLS.articles}">every article</a> instead.</p>
<script src="${SITE_FILES.pagefindScript}"></script>
<script src="${SITE_FILES.searchScript}"></script>`,
  );
}
