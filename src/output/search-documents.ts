/**
 * What the search index holds for each page, built from the view rather than read back
 * from the rendered HTML: a small document per searchable page, with the same headings,
 * weights and filters the page carries. Pagefind can then index while Eleventy renders,
 * and parses a few kilobytes per page instead of the whole page.
 *
 * The pages of an outlet, a place or a claimant list every event, article or figure of it;
 * their documents hold only a summary (name, kind, where, aliases), so that adding an
 * article changes the documents of its own page and its events, not of every page that
 * lists it: the search index is rebuilt only in the parts whose documents changed
 * (src/render/search-shards.ts). What the lists hold is found on the events' and articles' pages.
 */
import { escapeHtml as esc } from './html.ts';
import type { ClaimView, Link } from './claim-view.ts';
import { pageFile, SITE_URLS } from './urls.ts';
import type { ArticleView, ClaimantView, EventView, PlaceView, SiteView, SourceView } from './view/types.ts';

export interface SearchDocument {
  /** The page's file under the output folder, e.g. `events/x/index.html` (Pagefind makes the URL from it). */
  readonly sourcePath: string;
  /** A minimal HTML page: only what should be found, marked for Pagefind. */
  readonly html: string;
}

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><title>${esc(title)}</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

/** `&` and `<` as HTML text: all an HTML parser needs to read a value as text. */
const asHtmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A name that is a search filter, e.g. `filterSpan('source', 'Arab News')`.
 * Pagefind UI (1.6) puts filter values into the page as HTML, so an outlet named
 * `<img onerror=…>` would run there; and Pagefind's indexer decodes a filter element's text
 * twice (`&amp;lt;` is stored as `<`). A name with `&` or `<` is therefore shown as text
 * and given to the filter escaped once for this page and twice more (in an element the
 * index does not read as text): the index holds it as HTML text, and the UI shows the name
 * as written and runs nothing. Other names are written once, as before.
 * tests/browser/search-xss.test.ts fails if a Pagefind upgrade changes any of this.
 */
const filterSpan = (filter: string, name: string): string =>
  /[&<]/.test(name)
    ? `${esc(name)}<span data-pagefind-filter="${filter}" data-pagefind-ignore>${esc(asHtmlText(asHtmlText(name)))}</span>`
    : `<span data-pagefind-filter="${filter}">${esc(name)}</span>`;

const filterList = (filter: string, links: readonly Link[]): string => links.map((l) => filterSpan(filter, l.name)).join(', ');

/** A figure, what it counts and who says so; its quote is found on its article's page, indexed in full. */
const figureLine = (c: ClaimView): string => `<li>${esc(c.figure)} ${esc(c.what)}${c.claimant ? `, says ${esc(c.claimant.name)}` : ''}</li>`;

const figures = (claims: readonly ClaimView[]): string => (claims.length ? `<ul>${claims.map(figureLine).join('')}</ul>` : '');

/** Search documents already made, by the part of the view they were made from (parts are never changed once made). */
export type KeptDocuments = WeakMap<object, SearchDocument>;

/**
 * One search document per article, event, outlet, place and claimant page, in the order of the view.
 * With `kept` (a long-running process keeps one), the document of a part of the view met before is not made again.
 * @example searchDocuments(view)[0] // { sourcePath: 'articles/a/index.html', html: '<!doctype html>…' }
 */
export function searchDocuments(view: SiteView, kept: KeptDocuments = new WeakMap()): SearchDocument[] {
  const of = <T extends object>(item: T, make: (item: T) => SearchDocument): SearchDocument => {
    let doc = kept.get(item);
    if (!doc) kept.set(item, (doc = make(item)));
    return doc;
  };
  return [
    ...view.articles.map((a) => of(a, articleDocument)),
    ...view.events.map((e) => of(e, eventDocument)),
    ...view.sources.map((s) => of(s, sourceDocument)),
    ...view.places.map((p) => of(p, placeDocument)),
    ...view.claimants.map((c) => of(c, claimantDocument)),
  ];
}

/**
 * The search page's own document: all the index's primary holds (Pagefind writes no language
 * for an index without documents, and Pagefind UI takes the language from the primary: see
 * search-shards.ts). One word, so that it is found only by a search for "search".
 * @example searchPageDocument().sourcePath // 'search/index.html'
 */
export function searchPageDocument(): SearchDocument {
  return { sourcePath: pageFile(SITE_URLS.search), html: page('Search', '<h1>Search</h1>') };
}

function articleDocument(a: ArticleView): SearchDocument {
  const text = a.paragraphs.map((p) => `<p>${esc(p.map((s) => s.text).join(''))}</p>`).join('');
  const source = a.source ? `<p>${filterSpan('source', a.source.name)}</p>` : '';
  const places = a.places.length ? `<p>${filterList('place', a.places)}</p>` : '';
  return { sourcePath: pageFile(a.url), html: page(a.title, `<h1 data-pagefind-filter="kind:article">${esc(a.title)}</h1>${source}${places}${text}`) };
}

function eventDocument(e: EventView): SearchDocument {
  const body = `<h1 data-pagefind-filter="kind:event">${esc(e.title)}</h1><p>${esc(e.date)}</p><p>${filterList('place', e.places)}</p><p>${filterList('source', e.outlets)}</p>${figures(e.claims)}`;
  return { sourcePath: pageFile(e.url), html: page(e.title, body) };
}

function sourceDocument(s: SourceView): SearchDocument {
  return { sourcePath: pageFile(s.url), html: page(s.name, `<h1 data-pagefind-filter="kind:outlet">${filterSpan('source', s.name)}</h1>`) };
}

function placeDocument(p: PlaceView): SearchDocument {
  const where = [p.kind, p.admin1 ? `in ${p.admin1}` : '', p.country ? `(${p.country})` : ''].filter(Boolean).join(' ');
  const body = `<h1 data-pagefind-filter="kind:place" data-pagefind-weight="5">${filterSpan('place', p.name)}</h1><p>${esc(where)}</p>`;
  return { sourcePath: pageFile(p.url), html: page(p.name, body) };
}

function claimantDocument(c: ClaimantView): SearchDocument {
  const aliases = c.aliases.length ? `<p>Also named: <span data-pagefind-weight="5">${esc(c.aliases.join(', '))}</span></p>` : '';
  return {
    sourcePath: pageFile(c.url),
    html: page(c.name, `<h1 data-pagefind-filter="kind:claimant" data-pagefind-weight="10">${esc(c.name)}</h1>${aliases}`),
  };
}
