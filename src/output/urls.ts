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
  notFound: '/404.html',
} as const;

/** The site's files other than pages: downloads, feeds, the sitemap, styles and scripts. */
export const SITE_FILES = {
  timelineJson: '/data/timeline.json',
  eventsCsv: '/data/events.csv',
  claimsCsv: '/data/claims.csv',
  atomFeed: '/feed.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
  stylesheet: '/assets/site.css',
  searchScript: '/assets/search.js',
  pagefindStylesheet: '/pagefind/pagefind-ui.css',
  pagefindScript: '/pagefind/pagefind-ui.js',
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
/**
 * A period's page of an entity whose lists are cut by period (its part, when the period runs over several).
 * @example periodUrl('/places/aleppo/', '2016-03') // '/places/aleppo/2016-03/'
 * @example periodUrl('/places/aleppo/', '2016-03', 2) // '/places/aleppo/2016-03/2/'
 */
export const periodUrl = (base: string, period: string, part = 1): string => `${base}${period}/${part > 1 ? `${part}/` : ''}`;
/**
 * Where the articles index's periods go: a folder of its own, so that no period's address
 * can be an article's ('/articles/2016/' is the article of a file named 2016.txt).
 */
export const ARTICLE_PERIODS = '/articles/published/';
/** A link to an element of the page it is on. @example anchorUrl('rt-palmyra-3') // '#rt-palmyra-3' */
export const anchorUrl = (id: string): string => `#${id}`;
/** The id of a month's heading on the page that lists its events. @example monthId('2016-12') // 'm-2016-12' */
export const monthId = (month: string): string => `m-${month}`;
/** A month's events on the home page. @example monthUrl('2016-12') // '#m-2016-12' */
export const monthUrl = (month: string): string => anchorUrl(monthId(month));
/** A month's events on its year's page. @example yearMonthUrl('2016-12') // '/years/2016/#m-2016-12' */
export const yearMonthUrl = (month: string): string => `${yearUrl(month.slice(0, 4))}${monthUrl(month)}`;
/** The id of a figure's row in a figures table (its permanent link). @example claimRowId('rt-palmyra-3') // 'row-rt-palmyra-3' */
export const claimRowId = (claim: string): string => `row-${claim}`;
/** A claim's row in its article. @example claimUrl('rt-palmyra', 'rt-palmyra-3') // '/articles/rt-palmyra/#rt-palmyra-3' */
export const claimUrl = (article: string, claim: string): string => `${articleUrl(article)}${anchorUrl(claim)}`;

/**
 * A site path under the path prefix the site is served from (for files the HTML base plugin does not reach: feeds, CSV).
 * @example underPrefix('/timeline/', '/events/a/') // '/timeline/events/a/'
 */
export function underPrefix(pathPrefix: string, path: string): string {
  return `${pathPrefix.replace(/\/+$/, '')}${path}`;
}

/**
 * The file a page's address is written to, relative to the site folder (its permalink): a
 * folder's address is its index.html, a file's address is the file.
 * @example pageFile('/events/x/') // 'events/x/index.html'
 * @example pageFile('/404.html') // '404.html'
 */
export function pageFile(url: string): string {
  const path = url.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The address of the file at `path` under the site folder, as Eleventy gives it to the page
 * (pageFile the other way): an index.html's folder, else the file.
 * @example fileUrl('places/aleppo/2016-03/index.html') // '/places/aleppo/2016-03/'
 * @example fileUrl('404.html') // '/404.html'
 */
export function fileUrl(path: string): string {
  return `/${path.replace(/(?:^|(?<=\/))index\.html$/, '')}`;
}
