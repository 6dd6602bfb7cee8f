/** sitemap.xml: every page of the site, with the day it last changed where one is known. */
import { link, xmlEscape, type FeedOptions } from './feeds.ts';
import { type Piece, piecesText } from './file-pieces.ts';
import { KEEP_NO_TEXTS, type Texts } from './kept-texts.ts';
import { SITE_URLS } from './urls.ts';
import type { SiteView } from './view/types.ts';

/**
 * sitemap.xml listing every page. The protocol asks for absolute URLs, so
 * without a site URL the paths stay root-relative (fine for local crawlers).
 * A long-running process passes kept texts: the line of a page whose event, article or
 * page item is the same object as last build is not written again.
 * @example sitemap(view, { pathPrefix: '/' }).includes('<urlset') // true
 */
export function sitemap(view: SiteView, options: FeedOptions, texts: Texts = KEEP_NO_TEXTS): string {
  return piecesText(sitemapPieces(view, options, texts));
}

/** sitemap as the pieces of its file: the head, a line (with its line end) per page, the end. */
export function sitemapPieces(view: SiteView, options: FeedOptions, texts: Texts = KEEP_NO_TEXTS): Piece[] {
  const key = link(options, '');
  const line = (path: string, lastmod: string | null): string =>
    `  <url><loc>${xmlEscape(link(options, path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>\n`;
  // Each item's line is made from the item's own fields alone.
  const of = (item: object, path: string, lastmod: string | null): Piece => texts.of('sitemap-url', item, key, () => line(path, lastmod));
  const urls = [
    line(SITE_URLS.home, view.updated),
    ...[
      SITE_URLS.sources,
      SITE_URLS.places,
      SITE_URLS.claimants,
      SITE_URLS.articles,
      SITE_URLS.data,
      SITE_URLS.search,
      ...(view.about ? [SITE_URLS.about] : []),
    ].map((path) => line(path, null)),
    ...view.events.map((e) => of(e, e.url, e.updated)),
    ...view.articles.map((a) => of(a, a.url, a.publishedDatetime)),
    // Every page of a list paged by period: an outlet's, a place's and a claimant's own page is their own URL;
    // a first period's page names that page as canonical, and is not listed.
    ...[...view.sourcePages, ...view.placePages, ...view.claimantPages].filter((p) => !p.canonical).map((p) => of(p, p.url, null)),
    ...view.articlePages.filter((p) => !p.first && !p.canonical).map((p) => of(p, p.url, null)),
    ...view.years.map((y) => of(y, y.url, null)),
  ];
  return ['<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n', ...urls, '</urlset>\n'];
}
