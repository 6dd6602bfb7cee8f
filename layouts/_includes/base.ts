/**
 * The page shell every page is rendered in (formerly the base layout): head,
 * masthead with the main navigation and search, and the footer with the counts.
 */
import { html, type SafeHtml } from '../../src/output/html.ts';
import type { SiteView } from '../../src/output/view/types.ts';
import { SITE_FILES, SITE_URLS } from '../../src/output/urls.ts';

/** The Eleventy data every page template receives (global data from scripts/render-site.ts). */
export interface PageData {
  readonly site: SiteView;
  /** The site's path prefix, '/' or '/timeline/', for scripts (links get it from the base plugin). */
  readonly pathPrefix: string;
  readonly page: { readonly url: string };
}

/** What a page says about itself to the shell. */
export interface Shell {
  readonly title: string;
  readonly description?: string;
  /** A further stylesheet for this page. */
  readonly extraCss?: string;
  /** Whether Pagefind indexes the page's main content. */
  readonly searchable?: boolean;
  /** The page to cite instead, showing the same (a period's page that an entity's own page shows too). */
  readonly canonical?: string | null;
}

const DESCRIPTION = 'What happened, when, where, and who says so: a timeline read from news articles.';

/** The whole page around its content. */
export function basePage({ site, page }: PageData, shell: Shell, content: SafeHtml): string {
  // The shell shows no counts: what it shows is the same on every page from build to build
  // unless the About page or the report comes or goes, so adding an article re-renders only
  // the pages it is on (see src/render/template-reads.ts, shellInputs).
  const problems = site.diagnostics.length > 0;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title} · dateline</title>
<meta name="description" content="${shell.description || DESCRIPTION}">
${
  shell.canonical
    ? html`<link rel="canonical" href="${shell.canonical}">
`
    : ''
}<link rel="stylesheet" href="${SITE_FILES.stylesheet}">
${
  shell.extraCss
    ? html`<link rel="stylesheet" href="${shell.extraCss}">
`
    : ''
}<link rel="alternate" type="application/atom+xml" title="dateline: events (Atom)" href="${SITE_FILES.atomFeed}">
<link rel="alternate" type="application/feed+json" title="dateline: events (JSON Feed)" href="${SITE_FILES.jsonFeed}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <a class="brand" href="${SITE_URLS.home}">dateline</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="${SITE_URLS.home}"${page.url === SITE_URLS.home && html` aria-current="page"`}>Timeline</a></li>
      <li><a href="${SITE_URLS.sources}">Sources</a></li>
      <li><a href="${SITE_URLS.places}">Places</a></li>
      <li><a href="${SITE_URLS.claimants}">Claimants</a></li>
      <li><a href="${SITE_URLS.articles}">Articles</a></li>
      <li><a href="${SITE_URLS.data}">Data</a></li>
${
  site.about &&
  html`      <li><a href="${SITE_URLS.about}"${page.url === SITE_URLS.about && html` aria-current="page"`}>About</a></li>
`
}    </ul>
  </nav>
  <form class="site-search" role="search" action="${SITE_URLS.search}" method="get">
    <label for="site-q">Search</label>
    <input id="site-q" name="q" type="search" autocomplete="off">
    <button type="submit">Go</button>
  </form>
</header>
<main id="main" tabindex="-1"${shell.searchable && html` data-pagefind-body`}>
${content}
</main>
<footer class="footer">
  <p>Downloads: <a href="${SITE_FILES.timelineJson}">timeline.json</a>, <a href="${SITE_FILES.eventsCsv}">events.csv</a>, <a href="${SITE_FILES.claimsCsv}">claims.csv</a> · Follow: <a href="${SITE_FILES.atomFeed}">Atom</a>, <a href="${SITE_FILES.jsonFeed}">JSON Feed</a>${problems && html` · <a href="${SITE_URLS.report}">Build report</a>`}</p>
</footer>
</body>
</html>
`.toString();
}
