/**
 * Which pages a site has, where each is written, and its fingerprint: the rendering code,
 * the page shell's inputs, the parts of the view its template reads and (the part it reads
 * of) the item it is a page of. Two builds give a page the same fingerprint only when they would write the
 * same bytes for it, so a page whose fingerprint is unchanged can be carried over.
 */
import type { Link, SiteView } from '../output/view/types.ts';
import { Digests, sha1Base64 } from './digest.ts';
import { ITEM_READS, shellInputs, TEMPLATE_READS } from './template-reads.ts';

/** What a page template says about its pages (its `data` export, as Eleventy reads it). */
export interface TemplateSpec {
  /** The file name under layouts/, e.g. `article.11ty.ts`. */
  readonly name: string;
  readonly pagination?: { readonly data: string; readonly size: number; readonly alias: string };
  readonly permalink: string | false | ((data: Record<string, unknown>) => string | false);
}

export interface PlannedPage {
  readonly template: string;
  /** The file under the output folder, e.g. `articles/x/index.html`. */
  readonly path: string;
  readonly fingerprint: string;
  /** For a template paginated one item a page: the item's place in its list. */
  readonly item: number | null;
}

/** The pages of a site, and for each paginated template the view key of its list. */
export interface PagePlan {
  readonly pages: readonly PlannedPage[];
  /** Template name -> the view key it is paginated over, for templates with one item a page. */
  readonly lists: ReadonlyMap<string, keyof SiteView>;
  /** Template name -> the view keys it reads besides its list (all keys for a template not known). */
  readonly reads: ReadonlyMap<string, readonly (keyof SiteView)[]>;
}

const SITE_KEY = /^site\.(\w+)$/;
/** Lists of the view whose items other parts of the view hold, innermost first (after the claims, held by most). */
const SHARED_FIRST = ['articles', 'events', 'places', 'sources', 'claimants', 'months'] as const;

/**
 * Plans every page of the view, each with its fingerprint. `digests` may hold the fingerprints
 * of parts of the view met in earlier builds (the dev server keeps them): they are not made again.
 * @example planPages(view, templates, 'code…').pages[0] // { template: '404.11ty.ts', path: '404.html', fingerprint: '…', item: null }
 */
export function planPages(view: SiteView, templates: readonly TemplateSpec[], code: string, digests: Digests = new Digests()): PagePlan {
  // The shared objects first, so that the pages and lists that hold them meet them already fingerprinted.
  // Claims hold none of the others, so they are taken whole (faster); articles hold only claims.
  for (const article of view.articles) for (const claim of article.claims) digests.of(claim, { whole: true });
  // Links (a name and a URL) are kept by the view and held by long lists (a place's articles, an
  // outlet's and a claimant's events): fingerprinted once each, whole, a list of them costs a lookup
  // an item, not a walk through each (a save at 10,000 articles walked some fifty thousand).
  const links = (list: readonly Link[]): void => {
    for (const link of list) digests.of(link, { whole: true });
  };
  for (const place of view.places) links(place.articles);
  for (const source of view.sources) links(source.events);
  for (const claimant of view.claimants) {
    links(claimant.events);
    links(claimant.sources);
  }
  // Parts a long-running process keeps on their own while the place or claimant holding them is made
  // again (a place's map changes with any place's count of events): fingerprinted on their own, they
  // are not walked again inside it.
  for (const place of view.places) {
    digests.of(place.figureCharts);
    digests.of(place.map);
  }
  for (const claimant of view.claimants) digests.of(claimant.figureCharts);
  // Who carried a figure first, and where outlets disagree: held by the events and by the outlets'
  // standing lists (whose pages are made again whenever any outlet's standing changes), fingerprinted once.
  for (const event of view.events) {
    for (const group of event.groups) digests.of(group);
    for (const disagreement of event.disagreements) digests.of(disagreement);
  }
  for (const key of SHARED_FIRST) {
    // A place's lists are kept by the view on their own (the same objects while the same items), and
    // fingerprinted on their own once the events and claims they hold are.
    if (key === 'places') for (const place of view.places) for (const list of [place.events, place.articles, place.claims]) digests.of(list);
    if (key === 'articles') for (const article of view.articles) digests.ofWithShared(article, ['claims']);
    else for (const item of view[key]) digests.of(item);
  }
  // The chunks of the pages of places, outlets and claimants: kept by the view while their lists are
  // the same (a place made again for its map keeps them), so a page made again around them is
  // fingerprinted from their kept fingerprints, not by walking its lists again.
  for (const pages of [view.placePages, view.sourcePages, view.claimantPages] as readonly (readonly object[])[]) {
    for (const page of pages) for (const value of Object.values(page)) if (isChunk(value)) digests.of(value);
  }
  const shell = digests.of(shellInputs(view));
  const pages: PlannedPage[] = [];
  const lists = new Map<string, keyof SiteView>();
  const readsOf = new Map<string, readonly (keyof SiteView)[]>();
  for (const t of templates) {
    const listKey = t.pagination ? listKeyOf(t) : null;
    const reads = TEMPLATE_READS[t.name] ?? (Object.keys(view) as (keyof SiteView)[]).filter((k) => k !== listKey);
    readsOf.set(t.name, reads);
    const common = `${code}\n${t.name}\n${shell}\n${reads.map((k) => `${k}=${digests.of(view[k])}`).join('\n')}`;
    // Of a page's item, the part its page reads.
    const part = ITEM_READS[t.name] as ((item: object) => unknown) | undefined;
    const digestOf = (item: unknown): string => (part && item !== null && typeof item === 'object' ? digests.ofPart(item, part) : digests.of(item));
    const hash = (item: unknown): string => sha1Base64(`${common}\n${digestOf(item)}`);
    const fingerprint = (item: unknown): string =>
      item !== null && typeof item === 'object' && !Array.isArray(item) ? digests.page(t.name, item, common, () => hash(item)) : hash(item);
    if (t.pagination?.size === 1 && listKey) lists.set(t.name, listKey);
    for (const page of templatePages(view, t)) pages.push({ template: t.name, path: page.path, fingerprint: fingerprint(page.item), item: page.index });
  }
  return { pages, lists, reads: readsOf };
}

/** A chunk of a paged list (paging.ts Chunk): an object holding its items. */
function isChunk(value: unknown): value is object {
  return value !== null && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items);
}

/** A page a template makes of the view. */
export interface TemplatePage {
  /** The page's item (chunk of its list), or null for a template not paginated. */
  readonly item: unknown;
  /** For a template paginated one item a page: the item's place in its list. */
  readonly index: number | null;
  /** The file under the output folder. */
  readonly path: string;
  /** The data Eleventy gives the page's permalink and template, but the page's URL: the view as `site`, the item under its alias. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The pages a template makes of the view, as Eleventy paginates it: a chunk of `size` items of its
 * list a page (the item itself when one), each written where its permalink says (none where it says false).
 * @example templatePages(view, articleTemplate)[0]?.path // 'articles/rt-palmyra/index.html'
 */
export function templatePages(view: SiteView, t: TemplateSpec): TemplatePage[] {
  if (!t.pagination) {
    const data = { site: view };
    const path = permalinkOf(t, data);
    return path ? [{ item: null, index: null, path, data }] : [];
  }
  const listKey = listKeyOf(t);
  const items = view[listKey] as unknown;
  if (!Array.isArray(items)) throw new Error(`${t.name}: site.${listKey} is not a list`);
  const { size, alias } = t.pagination;
  const pages: TemplatePage[] = [];
  for (let start = 0; start < items.length; start += size) {
    const chunk: unknown = size === 1 ? items[start] : items.slice(start, start + size);
    const data = { site: view, [alias]: chunk };
    const path = permalinkOf(t, data);
    if (path) pages.push({ item: chunk, index: size === 1 ? start : null, path, data });
  }
  return pages;
}

function listKeyOf(t: TemplateSpec): keyof SiteView {
  const key = SITE_KEY.exec(t.pagination?.data ?? '')?.[1];
  if (!key) throw new Error(`${t.name}: paginated over ${t.pagination?.data}, not a list of the site view`);
  return key as keyof SiteView;
}

/** Where Eleventy writes the page: the template's permalink, as a path under the output folder. */
function permalinkOf(t: TemplateSpec, data: Record<string, unknown>): string | false {
  const link = typeof t.permalink === 'function' ? t.permalink(data) : t.permalink;
  if (link === false) return false;
  const path = link.replace(/^\/+/, '');
  return path.endsWith('/') ? `${path}index.html` : path;
}
