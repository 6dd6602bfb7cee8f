/**
 * Every address of the site, in one place: the view, the templates, the feeds, the
 * sitemap and the search index take their links and permalinks from here. Addresses
 * are site paths from the root ('/events/x/'); the HTML base plugin adds a path prefix.
 */

/** The site's fixed pages. */
export const SITE_URLS = {
  home: '/',
  places: '/places/',
  sources: '/sources/',
  claimants: '/claimants/',
  articles: '/articles/',
  data: '/data/',
  search: '/search/',
  about: '/about/',
  report: '/report/',
  reportJson: '/report.json',
} as const;

/** @example eventUrl('2016-12-11-palmyra-capture') // '/events/2016-12-11-palmyra-capture/' */
export const eventUrl = (id: string): string => `/events/${id}/`;
/** @example articleUrl('rt-palmyra') // '/articles/rt-palmyra/' */
export const articleUrl = (id: string): string => `/articles/${id}/`;
/** @example placeUrl('palmyra') // '/places/palmyra/' */
export const placeUrl = (id: string): string => `/places/${id}/`;
/** @example sourceUrl('rt') // '/sources/rt/' */
export const sourceUrl = (id: string): string => `/sources/${id}/`;
/** @example claimantUrl('sohr') // '/claimants/sohr/' */
export const claimantUrl = (id: string): string => `/claimants/${id}/`;
/** @example yearUrl('2016') // '/years/2016/' */
export const yearUrl = (year: string): string => `/years/${year}/`;
/** A claim's row in its article. @example claimUrl('rt-palmyra', 'rt-palmyra-3') // '/articles/rt-palmyra/#rt-palmyra-3' */
export const claimUrl = (article: string, claim: string): string => `${articleUrl(article)}#${claim}`;

/**
 * The file a page's address is written to, relative to the site folder (its permalink).
 * @example pageFile('/events/x/') // 'events/x/index.html'
 */
export function pageFile(url: string): string {
  return `${url.replace(/^\/+/, '')}index.html`;
}
