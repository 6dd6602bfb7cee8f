/** sitemap.xml: every page of the site, with the day it last changed where one is known. */
import { link, xmlEscape, type FeedOptions } from './feeds.ts';
import { SITE_URLS } from './urls.ts';
import type { SiteView } from './view/types.ts';

/**
 * sitemap.xml listing every page. The protocol asks for absolute URLs, so
 * without a site URL the paths stay root-relative (fine for local crawlers).
 * @example sitemap(view, { pathPrefix: '/' }).includes('<urlset') // true
 */
export function sitemap(view: SiteView, options: FeedOptions): string {
  const pages: { path: string; lastmod: string | null }[] = [
    { path: SITE_URLS.home, lastmod: view.updated },
    ...[
      SITE_URLS.sources,
      SITE_URLS.places,
      SITE_URLS.claimants,
      SITE_URLS.articles,
      SITE_URLS.data,
      SITE_URLS.search,
      ...(view.about ? [SITE_URLS.about] : []),
    ].map((path) => ({ path, lastmod: null })),
    ...view.events.map((e) => ({ path: e.url, lastmod: e.updated })),
    ...view.articles.map((a) => ({ path: a.url, lastmod: a.publishedDatetime })),
    // Every page of a paged list: an outlet's, a place's and a claimant's first page is their own URL.
    ...[...view.sourcePages, ...view.placePages, ...view.claimantPages].map((p) => ({ path: p.url, lastmod: null })),
    ...view.articlePages.filter((p) => p.number > 1).map((p) => ({ path: p.url, lastmod: null })),
    ...view.years.map((y) => ({ path: y.url, lastmod: null })),
  ];
  const urls = pages.map((p) => `  <url><loc>${xmlEscape(link(options, p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
